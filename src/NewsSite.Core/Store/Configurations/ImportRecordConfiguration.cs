using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Importing;

namespace NewsSite.Store.Configurations;

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> record)
    {
        record.Property(r => r.FileName).HasMaxLength(260);
        record.Property(r => r.ContentHash).HasMaxLength(64).IsFixedLength();
        record.HasIndex(r => r.ContentHash).IsUnique();
    }
}
