using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Articles;

namespace NewsSite.Store.Configurations;

internal sealed class FormerSlugConfiguration : IEntityTypeConfiguration<FormerSlug>
{
    public void Configure(EntityTypeBuilder<FormerSlug> formerSlug)
    {
        formerSlug.HasKey(f => f.Slug);
        formerSlug.Property(f => f.Slug).HasMaxLength(ArticleLimits.Slug);
        formerSlug.HasOne(f => f.Article).WithMany(a => a.FormerSlugs)
            .HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
