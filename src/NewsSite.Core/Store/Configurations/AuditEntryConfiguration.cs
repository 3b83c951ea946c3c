using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Newsroom;

namespace NewsSite.Store.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.UserId).HasMaxLength(128);
        entry.Property(e => e.UserEmail).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        entry.Property(e => e.Target).HasMaxLength(AuditEntry.TargetMaxLength);
        entry.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        entry.HasIndex(e => e.AtUtc);
    }
}
