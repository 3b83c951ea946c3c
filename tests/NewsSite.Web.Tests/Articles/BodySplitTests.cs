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

    private static string Render(HtmlSlice slice)
    {
        using var writer = new StringWriter();
        slice.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
