using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using NewsSite.Articles;

namespace NewsSite.Web.Articles;

/// <summary>A story a related list names, with what decides whether readers may see it yet.</summary>
public sealed record RelatedEntry(int Id, ArticleStatus Status, DateTime? PublishedAt, ArticleTeaser Teaser)
{
    /// <summary>The teaser projection every list uses, plus status and date; lists may name drafts and scheduled stories.</summary>
    public static readonly Expression<Func<Article, RelatedEntry>> FromArticle = Build();

    private static Expression<Func<Article, RelatedEntry>> Build()
    {
        var article = Expression.Parameter(typeof(Article), "a");
        var teaser = ReplacingExpressionVisitor.Replace(ArticleTeaser.FromArticle.Parameters[0], article, ArticleTeaser.FromArticle.Body);
        var constructor = typeof(RelatedEntry).GetConstructor([typeof(int), typeof(ArticleStatus), typeof(DateTime?), typeof(ArticleTeaser)])!;
        return Expression.Lambda<Func<Article, RelatedEntry>>(
            Expression.New(
                constructor,
                Expression.Property(article, nameof(Article.Id)),
                Expression.Property(article, nameof(Article.Status)),
                Expression.Property(article, nameof(Article.PublishedAt)),
                teaser),
            article);
    }
}
