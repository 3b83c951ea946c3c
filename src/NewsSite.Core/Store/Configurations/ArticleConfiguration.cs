using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Articles;
using NewsSite.Tags;

namespace NewsSite.Store.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Slug).HasMaxLength(ArticleLimits.Slug);
        article.Property(a => a.Headline).HasMaxLength(ArticleLimits.Headline);
        article.Property(a => a.HeadlineKey).HasMaxLength(ArticleLimits.Headline);
        article.Property(a => a.Summary).HasMaxLength(ArticleLimits.Summary);
        article.Property(a => a.DatelinePlace).HasMaxLength(ArticleLimits.DatelinePlace);
        article.Property(a => a.Source).HasMaxLength(ArticleLimits.Source);
        article.Property(a => a.Byline).HasMaxLength(ArticleLimits.Byline);
        article.Property(a => a.Keywords).HasMaxLength(ArticleLimits.Keywords);
        article.Property(a => a.HeroImageUrl).HasMaxLength(ArticleLimits.ImageUrl);
        article.Property(a => a.HeroImageAlt).HasMaxLength(ArticleLimits.ImageAlt);
        article.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        // A plain column, no foreign key to the users table: on SQLite a new foreign key would rebuild Articles
        // (and drop its search triggers), and a story must outlive its author's account anyway.
        article.Property(a => a.AuthorId).HasMaxLength(128);

        article.HasIndex(a => a.Slug).IsUnique();
        article.HasIndex(a => a.HeadlineKey);
        // Reader lists walk these backwards by date and stop after a page, so no request sorts every visible story.
        // Status rides along so that the visibility check (ReaderVisibility) and the pagers' counts read only the
        // index, never the wide article rows.
        article.HasIndex(a => new { a.PublishedAt, a.Id, a.Status });
        article.HasIndex(a => new { a.SectionId, a.PublishedAt, a.Id, a.Status });
        article.HasIndex(a => new { a.Source, a.PublishedAt, a.Id, a.Status });
        article.HasIndex(a => new { a.Status, a.PublishedAt });
        article.HasIndex(a => a.AuthorId);

        // Sections with articles cannot vanish from under them: editors move the articles first.
        article.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Restrict);

        article.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity(
            "ArticleTag",
            r => r.HasOne(typeof(Tag)).WithMany().HasForeignKey("TagId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Article)).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.HasKey("ArticleId", "TagId");
                j.HasIndex("TagId", "ArticleId");
            });

        article.HasMany(a => a.ImportRecords).WithMany(r => r.Articles).UsingEntity("ImportRecordArticle");
    }
}
