using System.Text.Encodings.Web;
using NewsSite.Web.Articles;

namespace NewsSite.Web.Tests.Articles;

public sealed class BodySplitTests
{
    private const string Body = "<p>One.</p>\n<p>Two.</p>\n<h2>Later</h2>\n<p>Three.</p>\n";

    [Fact]
    public void The_ad_goes_after_the_chosen_paragraph_and_both_halves_keep_every_character()
    {
        var at = BodySplit.AfterParagraph(Body, 2);

        Assert.NotNull(at);
        var before = Render(HtmlSlice.Before(Body, at.Value));
        var after = Render(HtmlSlice.After(Body, at.Value));
        Assert.Equal("<p>One.</p>\n<p>Two.</p>", before);
        Assert.Equal("\n<h2>Later</h2>\n<p>Three.</p>\n", after);
        Assert.Equal(Body, before + after);
    }

    [Theory]
    [InlineData(3)] // nothing but white space after the last paragraph: no ad squeezed under the story
    [InlineData(4)] // fewer paragraphs than the setting
    [InlineData(0)] // not a paragraph
    public void No_split_when_the_body_has_nothing_after_that_paragraph(int paragraph) =>
        Assert.Null(BodySplit.AfterParagraph(Body, paragraph));

    [Theory]
    [InlineData("<blockquote>\n<p>Quoted.</p>\n<p>Still quoted.</p>\n</blockquote>\n<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>\n")]
    [InlineData("<ul>\n<li>\n<p>A loose list item.</p>\n</li>\n<li>\n<p>Another.</p>\n</li>\n</ul>\n<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>\n")]
    [InlineData("<table><tbody><tr><td><p>In a cell.</p></td></tr></tbody></table>\n<p>One<br>line<br/>two.</p>\n<p>Two.</p>\n<p>Three.</p>\n")]
    [InlineData("<p title=\"a </p> b\"><img src=\"x.png\" alt=\"<p>\">One.</p>\n<!-- </p> -->\n<p>Two.</p>\n<p>Three.</p>\n")]
    public void Only_top_level_paragraphs_count_so_the_ad_never_lands_inside_a_quote_list_or_table(string body)
    {
        var at = BodySplit.AfterParagraph(body, 2);

        Assert.NotNull(at);
        Assert.EndsWith("<p>Two.</p>", body[..at.Value], StringComparison.Ordinal);
    }

    private static string Render(HtmlSlice slice)
    {
        using var writer = new StringWriter();
        slice.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
