using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsSite.Ads;
using NewsSite.Articles;
using NewsSite.Importing;
using NewsSite.Newsroom;
using NewsSite.Sections;
using NewsSite.Site;
using NewsSite.Tags;

namespace NewsSite.Store;

/// <summary>The one store: the newsroom's stories, sections and ads, and its accounts (ASP.NET Core Identity) with their audit log.</summary>
public class NewsSiteDb(DbContextOptions<NewsSiteDb> options) : IdentityDbContext<NewsroomUser, IdentityRole, string>(options)
{
    /// <summary>
    /// Set by writers that work out related lists themselves in bulk (the generator), so that saving does not
    /// refresh them story by story.
    /// </summary>
    public bool WorksOutRelatedItself { get; set; }

    // Contexts are pooled: EF resets its own state when one goes back to the pool, ours is reset here.
    public override void Dispose()
    {
        WorksOutRelatedItself = false;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        WorksOutRelatedItself = false;
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<RelatedLink> RelatedLinks => Set<RelatedLink>();

    public DbSet<ComputedRelated> ComputedRelated => Set<ComputedRelated>();

    public DbSet<FormerSlug> FormerSlugs => Set<FormerSlug>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<AdSlot> AdSlots => Set<AdSlot>();

    public DbSet<AdCreative> AdCreatives => Set<AdCreative>();

    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity picks its schema version from the host's IdentityOptions.Stores; the host must leave it unset,
        // because contexts built without the host (tests, scripts) fall back to the default and must get the same model.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NewsSiteDb).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // SQLite has no database-generated row version, so the application renews the token itself.
    // Rendering happens here, once per write, so no reader request ever renders Markdown.
    private void BeforeSave()
    {
        foreach (var entry in ChangeTracker.Entries<Article>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }

            if (entry.State == EntityState.Added
                || (entry.State == EntityState.Modified && (IsModified(entry, nameof(Article.Body)) || IsModified(entry, nameof(Article.Headline)) || IsModified(entry, nameof(Article.Summary)))))
            {
                ArticleDerivedText.Apply(entry.Entity);
            }
        }
    }

    private static bool IsModified(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Article> entry, string property) =>
        entry.Property(property).IsModified;
}
