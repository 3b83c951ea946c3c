using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Articles;

namespace NewsSite.Store.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> revision)
    {
        revision.Property(r => r.UserId).HasMaxLength(128);
        revision.Property(r => r.UserName).HasMaxLength(256);
        revision.Property(r => r.Action).HasMaxLength(Revision.ActionMaxLength);
        revision.Property(r => r.Headline).HasMaxLength(ArticleLimits.Headline);
        revision.Property(r => r.Summary).HasMaxLength(ArticleLimits.Summary);
        revision.Property(r => r.Slug).HasMaxLength(ArticleLimits.Slug);
        revision.Property(r => r.SectionName).HasMaxLength(100);
        revision.Property(r => r.Tags).HasMaxLength(Revision.TagsMaxLength);
        revision.Property(r => r.Changed).HasMaxLength(Revision.ChangedMaxLength);
        // A small JSON array in the row: the revision is read whole, never queried by its related stories.
        revision.Property(r => r.Related).HasConversion(RelatedJson.Converter, RelatedJson.Comparer);
        revision.Property(r => r.HeroImageUrl).HasMaxLength(ArticleLimits.ImageUrl);
        revision.Property(r => r.HeroImageAlt).HasMaxLength(ArticleLimits.ImageAlt);
        revision.HasIndex(r => new { r.ArticleId, r.AtUtc });
        // The history goes with the story; the foreign key lives on this new table, so Articles is not rebuilt.
        revision.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
