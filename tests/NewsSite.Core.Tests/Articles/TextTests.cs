using NewsSite.Articles;

namespace NewsSite.Core.Tests.Articles;

public class TextTests
{
    [Theory]
    [InlineData("N Korea’s  “Missile”\tTest", "n korea's \"missile\" test")]
    [InlineData("  Lal Krishna Advani  ", "lal krishna advani")]
    public void Headline_keys_ignore_case_quotes_and_spacing(string headline, string key) =>
        Assert.Equal(key, HeadlineKey.From(headline));

    [Fact]
    public void Summaries_cut_long_openings_at_a_word()
    {
        Assert.Equal("Short opening.", Summary.From("Short opening."));
        Assert.Equal("one two…", Summary.From("one two three four", 12));
    }

    [Theory]
    [InlineData("1. Not a list", "1\\. Not a list")]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("- Not a bullet", "\\- Not a bullet")]
    [InlineData("<script>alert(1)</script> [link](x)", "\\<script\\>alert(1)\\</script\\> \\[link\\](x)")]
    [InlineData("3rd Test: 7,000 runs", "3rd Test: 7,000 runs")]
    public void Plain_text_is_escaped_so_markdown_shows_it_as_written(string text, string markdown) =>
        Assert.Equal(markdown, MarkdownText.Escape(text));
}
