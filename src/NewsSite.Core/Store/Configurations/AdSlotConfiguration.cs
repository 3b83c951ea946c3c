using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Ads;

namespace NewsSite.Store.Configurations;

internal sealed class AdSlotConfiguration : IEntityTypeConfiguration<AdSlot>
{
    public void Configure(EntityTypeBuilder<AdSlot> slot)
    {
        slot.Property(s => s.Name).HasMaxLength(50);
        slot.Property(s => s.Description).HasMaxLength(200);
        slot.HasIndex(s => s.Name).IsUnique();
        slot.HasData(LayoutAdSlots.All);
    }
}
