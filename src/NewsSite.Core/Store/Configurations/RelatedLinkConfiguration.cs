using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Articles;

namespace NewsSite.Store.Configurations;

internal sealed class RelatedLinkConfiguration : IEntityTypeConfiguration<RelatedLink>
{
    public void Configure(EntityTypeBuilder<RelatedLink> link)
    {
        link.HasKey(l => new { l.ArticleId, l.RelatedArticleId });
        link.HasIndex(l => new { l.ArticleId, l.Position });
        link.HasIndex(l => l.RelatedArticleId);

        link.HasOne(l => l.Article).WithMany(a => a.RelatedLinks)
            .HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // SQL Server refuses two cascade paths into one table; links pointing at a deleted article are removed by the app.
        link.HasOne(l => l.RelatedArticle).WithMany()
            .HasForeignKey(l => l.RelatedArticleId).OnDelete(DeleteBehavior.Restrict);
    }
}
