using NewsSite.Web.Stories;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>The lines editors type into the related-stories list: slugs, reader paths and pasted URLs.</summary>
public sealed class StoryAddressTests
{
    [Theory]
    [InlineData("floods-in-kochi", "floods-in-kochi")]
    [InlineData("  floods-in-kochi\r", "floods-in-kochi")]
    [InlineData("/news/floods-in-kochi", "floods-in-kochi")]
    [InlineData("/news/floods-in-kochi/", "floods-in-kochi")]
    [InlineData("https://news.example.com/news/floods-in-kochi?utm_source=x#top", "floods-in-kochi")]
    [InlineData("http://localhost:5077/news/Floods-In-Kochi", "floods-in-kochi")]
    [InlineData("/news/caf%C3%A9-opens", "café-opens")]
    public void A_line_names_a_slug(string line, string slug) => Assert.Equal(slug, StoryAddress.SlugOf(line));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/section/india")]
    [InlineData("https://example.com/elsewhere/page")]
    [InlineData("/news/")]
    [InlineData("javascript:alert(1)//news/x/y")]
    public void A_line_that_is_no_story_address_names_none(string line) => Assert.Null(StoryAddress.SlugOf(line));
}
