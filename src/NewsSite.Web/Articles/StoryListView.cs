namespace NewsSite.Web.Articles;

/// <summary>A list page's heading, introduction, stories and where its pages live.</summary>
public sealed record StoryListView(string Heading, string Introduction, Paging<ArticleTeaser> Stories, string Path);
