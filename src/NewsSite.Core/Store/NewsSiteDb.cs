using Microsoft.EntityFrameworkCore;
using NewsSite.Ads;
using NewsSite.Articles;
using NewsSite.Importing;
using NewsSite.Sections;
using NewsSite.Tags;

namespace NewsSite.Store;

public class NewsSiteDb(DbContextOptions<NewsSiteDb> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<RelatedLink> RelatedLinks => Set<RelatedLink>();

    public DbSet<FormerSlug> FormerSlugs => Set<FormerSlug>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<AdSlot> AdSlots => Set<AdSlot>();

    public DbSet<AdCreative> AdCreatives => Set<AdCreative>();

    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsSiteDb).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewConcurrencyStamps();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewConcurrencyStamps();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // SQLite has no database-generated row version, so the application renews the token itself.
    private void RenewConcurrencyStamps()
    {
        foreach (var entry in ChangeTracker.Entries<Article>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }
}
