using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Ads;

namespace NewsSite.Store.Configurations;

internal sealed class AdCreativeConfiguration : IEntityTypeConfiguration<AdCreative>
{
    public void Configure(EntityTypeBuilder<AdCreative> creative)
    {
        creative.Property(c => c.Name).HasMaxLength(200);
        creative.Property(c => c.ImageUrl).HasMaxLength(1000);
        creative.Property(c => c.LinkUrl).HasMaxLength(1000);
        creative.Property(c => c.AltText).HasMaxLength(300);
        creative.HasIndex(c => new { c.AdSlotId, c.IsEnabled });
        creative.HasOne(c => c.AdSlot).WithMany(s => s.Creatives)
            .HasForeignKey(c => c.AdSlotId).OnDelete(DeleteBehavior.Cascade);
        creative.HasOne(c => c.Section).WithMany()
            .HasForeignKey(c => c.SectionId).OnDelete(DeleteBehavior.SetNull);
    }
}
