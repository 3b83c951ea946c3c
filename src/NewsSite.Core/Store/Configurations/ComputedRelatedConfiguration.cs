using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Articles;

namespace NewsSite.Store.Configurations;

internal sealed class ComputedRelatedConfiguration : IEntityTypeConfiguration<ComputedRelated>
{
    public void Configure(EntityTypeBuilder<ComputedRelated> related)
    {
        related.ToTable("ComputedRelated");
        related.HasKey(r => new { r.ArticleId, r.Rank });

        // Which lists show a story: the stories to refresh when it changes.
        related.HasIndex(r => r.RelatedArticleId);
        related.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
