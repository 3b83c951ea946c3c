using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Site;

namespace NewsSite.Store.Configurations;

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> settings)
    {
        settings.ToTable("SiteSettings");
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.Name).HasMaxLength(SiteSettings.NameMaxLength);
        settings.Property(s => s.TimeZone).HasMaxLength(SiteSettings.TimeZoneMaxLength);
        settings.Property(s => s.AdsTxt).HasMaxLength(SiteSettings.AdsTxtMaxLength);
    }
}
