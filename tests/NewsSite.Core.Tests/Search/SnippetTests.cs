using NewsSite.Search;

namespace NewsSite.Core.Tests.Search;

public class SnippetTests
{
    private const char S = SnippetHtml.MarkStart;
    private const char E = SnippetHtml.MarkEnd;

    [Fact]
    public void Markers_become_marks_and_everything_else_is_encoded()
    {
        var html = SnippetHtml.FromMarkedText($"<script>alert('x')</script> & {S}Korea{E} \"quotes\"");

        Assert.Equal("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; <mark>Korea</mark> &quot;quotes&quot;", html);
    }

    [Theory]
    [InlineData("a \uE001b", "a b")]
    [InlineData("\uE000a \uE000b\uE001\uE001", "<mark>a b</mark>")]
    [InlineData("\uE000a", "<mark>a</mark>")]
    public void Stray_markers_never_leave_broken_markup(string marked, string html) =>
        Assert.Equal(html, SnippetHtml.FromMarkedText(marked));

    [Fact]
    public void Markdown_escapes_are_dropped() =>
        Assert.Equal("7*3 and [AP]", SnippetHtml.FromMarkedText(@"7\*3 and \[AP\]"));

    [Fact]
    public void The_passage_opens_near_the_first_match_on_a_whole_word_and_marks_every_match()
    {
        var body = string.Join(' ', Enumerable.Repeat("filler words here", 30)) + " North Korea fired missiles.\n\nKorea's neighbours protested. " + string.Join(' ', Enumerable.Repeat("more words", 40));

        var passage = MatchSnippet.Around(body, ["korea", "missile"]);

        Assert.StartsWith("…", passage, StringComparison.Ordinal);
        Assert.EndsWith("…", passage, StringComparison.Ordinal);
        Assert.Contains($"North {S}Korea{E} fired {S}missile{E}s. {S}Korea{E}'s neighbours", passage, StringComparison.Ordinal);
        Assert.True(passage.Length <= MatchSnippet.DefaultLength + 8, passage);
        Assert.DoesNotContain("  ", passage, StringComparison.Ordinal);
        Assert.Matches(@"^…(filler|words|here) ", passage);
    }

    [Fact]
    public void Terms_match_at_word_starts_not_inside_words()
    {
        var passage = MatchSnippet.Around("Ukraine ran a ranking of rangers.", ["ran"]);

        Assert.Equal($"Ukraine {S}ran{E} a {S}ran{E}king of {S}ran{E}gers.", passage);
    }

    [Fact]
    public void A_term_found_only_inside_a_word_is_still_marked()
    {
        Assert.Equal($"Uk{S}rain{E}e", MatchSnippet.Around("Ukraine", ["rain"]));
    }

    [Fact]
    public void The_summary_is_used_when_it_matches_else_the_body_else_the_opening()
    {
        Assert.Equal($"{S}Korea{E} summary", MatchSnippet.FromFirstMatching(["korea"], "Korea summary", "Korea body", "Headline"));
        Assert.Equal($"{S}Korea{E} body", MatchSnippet.FromFirstMatching(["korea"], "Summary", "Korea body", "Headline"));
        Assert.Equal("Summary", MatchSnippet.FromFirstMatching(["korea"], "Summary", "Body", "Headline"));
    }

    [Fact]
    public void A_short_text_is_kept_whole()
    {
        Assert.Equal($"Seoul, March 18: {S}North{E} Korea", MatchSnippet.Around("Seoul, March 18:\n  North Korea", ["north"]));
    }
}
