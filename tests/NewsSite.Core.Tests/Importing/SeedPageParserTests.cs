using NewsSite.Articles;
using NewsSite.Importing;

namespace NewsSite.Core.Tests.Importing;

public class SeedPageParserTests
{
    private static SeedPage ParseSeed() => SeedPageParser.Parse(File.ReadAllBytes(SeedFiles.First));

    [Fact]
    public void The_seed_page_yields_its_headline_and_days()
    {
        var page = ParseSeed();

        Assert.Equal("N Korea has supplied 7,000 containers of munitions to Russia: S Korean defence chief", page.Headline);
        Assert.Equal(new DateOnly(2024, 12, 14), page.CapturedOn);
        Assert.Equal(new DateOnly(2024, 3, 18), page.PublishedOn);
        Assert.Equal("Seoul", page.Dateline?.Place);
        Assert.Equal("AP", page.Source);
    }

    [Fact]
    public void The_seed_body_is_six_paragraphs_without_dateline_or_agency()
    {
        var page = ParseSeed();

        Assert.Equal(6, page.Paragraphs.Count);
        Assert.StartsWith("North Korea has shipped around 7,000 containers", page.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Shin Won-sik shared the assessment", page.Paragraphs[1], StringComparison.Ordinal);
        Assert.EndsWith("through their land border.", page.Paragraphs[5], StringComparison.Ordinal);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("(AP)", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("spot_img", StringComparison.Ordinal) || p.StartsWith("Date:", StringComparison.Ordinal) || p.StartsWith("Share post:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_seed_lists_four_related_entries_in_page_order()
    {
        var related = ParseSeed().Related;

        Assert.Equal(
            [
                "3rd Test: Day one’s play at the Gabba called off due to persistent rain",
                "Minister Meghwal to table ‘One Nation, One Election’ Bill in Lok Sabha on Monday",
                "Rekha gets emotional as she shares a heartfelt moment with Big B’s grandson Agastya Nanda",
                "Lal Krishna Advani hospitalised at Delhi’s Apollo Hospital",
            ],
            related.Select(r => r.Title));
        Assert.Equal(["Brisbane", "New Delhi", "Mumbai", "New Delhi"], related.Select(r => r.Dateline?.Place));
        Assert.All(related, r => Assert.Equal(new DateOnly(2024, 12, 14), r.Dateline?.Date));
        Assert.All(related, r => Assert.True(r.IsCut));
        Assert.Equal("Persistent rain had the final say in washing out day one’s play of the third", related[0].Excerpt);
        Assert.Equal("Veteran BJP leader, Lal Krishna Advani, has been hospitalised at Delhi's Apollo Hospital after", related[3].Excerpt);
    }

    [Fact]
    public void The_seed_ad_placeholders_mark_one_top_two_before_and_two_after_the_body()
    {
        Assert.Equal(new SeedAdPlaceholders(Top: 1, BeforeBody: 2, AfterBody: 2), ParseSeed().AdPlaceholders);
    }

    [Fact]
    public void A_page_with_CRLF_and_a_byte_order_mark_reads_like_the_seed()
    {
        var text = File.ReadAllText(SeedFiles.First).ReplaceLineEndings("\r\n");
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();

        var page = SeedPageParser.Parse(bytes);

        Assert.Equal(ParseSeed().Headline, page.Headline);
        Assert.Equal(ParseSeed().Paragraphs, page.Paragraphs);
        Assert.Equal(ParseSeed().Related, page.Related);
    }

    [Fact]
    public void A_page_without_layout_labels_related_section_or_agency_still_parses()
    {
        var page = SeedPageParser.Parse("""
            Monday, January 6, 2025
            Café owners in Zürich protest “unfair” rent rises
            Zürich, Dec 30: Owners of more than forty cafés marched on Monday.
            They said rents had doubled since 2020.
            """);

        Assert.Equal("Café owners in Zürich protest “unfair” rent rises", page.Headline);
        Assert.Equal(new Dateline("Zürich", new DateOnly(2024, 12, 30)), page.Dateline);
        Assert.Null(page.Source);
        Assert.Empty(page.Related);
        Assert.Equal(["Owners of more than forty cafés marched on Monday.", "They said rents had doubled since 2020."], page.Paragraphs);
        Assert.Equal(new SeedAdPlaceholders(0, 0, 0), page.AdPlaceholders);
    }

    [Fact]
    public void A_page_with_a_full_month_dateline_a_multiword_agency_and_an_entry_without_excerpt_parses()
    {
        var page = SeedPageParser.Parse("""
            Friday, March 1, 2024
            spot_img
            Leap-day launch for Bengaluru start-up
            Date: March 1, 2024
            Share post:
            Bengaluru, February 29: A rocket start-up launched its first satellite.
            It reached orbit. (Press Trust)
            Related articles
            Markets close higher
            Mumbai, Feb 29: Stocks rose for a third day...
            A headline with no excerpt
            """);

        Assert.Equal(new DateOnly(2024, 2, 29), page.PublishedOn);
        Assert.Equal("Press Trust", page.Source);
        Assert.Equal(["A rocket start-up launched its first satellite.", "It reached orbit."], page.Paragraphs);
        Assert.Equal(2, page.Related.Count);
        Assert.Equal("Stocks rose for a third day", page.Related[0].Excerpt);
        Assert.Equal(new SeedRelatedEntry("A headline with no excerpt", null, "", false), page.Related[1]);
    }

    [Fact]
    public void A_first_paragraph_without_dateline_is_dated_on_the_capture_day()
    {
        var page = SeedPageParser.Parse("Sunday, December 15, 2024\nHeadline here\nNo dateline opens this paragraph.\n");

        Assert.Null(page.Dateline);
        Assert.Equal(new DateOnly(2024, 12, 15), page.PublishedOn);
        Assert.Equal(["No dateline opens this paragraph."], page.Paragraphs);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("\n\r\n  \n", "the file is empty")]
    [InlineData("spot_img\nspot_img\n", "the file holds only ad placeholders (spot_img), no story")]
    [InlineData("Saturday, December 14, 2024\nspot_img\nA headline alone\nDate:\nShare post:\nspot_img\n", "line 3: the headline 'A headline alone' has no body")]
    [InlineData("Saturday, December 14, 2024\nspot_img\n", "line 2: no headline after the capture date")]
    [InlineData("Breaking news today\nSome headline\nSome body.", "line 1: 'Breaking news today' is not the day the page was captured, such as 'Saturday, December 14, 2024'")]
    [InlineData("Saturday, December 14, 2024\nHeadline\n(AP)\n", "line 2: the headline 'Headline' has no body")]
    public void Pages_that_cannot_be_stories_are_rejected_with_the_reason(string text, string reason)
    {
        var error = Assert.Throws<SeedPageException>(() => SeedPageParser.Parse(System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public void Binary_files_are_rejected()
    {
        var error = Assert.Throws<SeedPageException>(() => SeedPageParser.Parse(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01 }));

        Assert.Equal("the file is binary, not text (a NUL byte at offset 4)", error.Message);
    }

    [Fact]
    public void Files_that_are_not_UTF8_are_rejected()
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes("Saturday, December 14, 2024\nCaf\u00e9 story\nBody.");

        var error = Assert.Throws<SeedPageException>(() => SeedPageParser.Parse(latin1));

        Assert.StartsWith("the file is not UTF-8 text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_over_the_size_limit_are_rejected()
    {
        var error = Assert.Throws<SeedPageException>(() => SeedPageParser.Parse(new byte[2_000], maxBytes: 1_000));

        Assert.Equal("the file is 2,000 bytes, over the limit of 1,000", error.Message);
    }
}
