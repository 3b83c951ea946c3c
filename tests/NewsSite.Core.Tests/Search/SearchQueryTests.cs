using NewsSite.Search;

namespace NewsSite.Core.Tests.Search;

public class SearchQueryTests
{
    [Fact]
    public void Words_become_quoted_terms_all_required_with_the_last_as_a_prefix()
    {
        var query = SearchQuery.Parse("  North Korea munit ");

        Assert.Equal(["north", "korea", "munit"], query.Terms);
        Assert.Equal("\"north\" AND \"korea\" AND \"munit\"*", query.ToFts5Match());
        Assert.Equal("North Korea munit", query.Text);
    }

    [Fact]
    public void The_last_term_can_be_named_as_the_words_it_begins()
    {
        var query = SearchQuery.Parse("North Korea munit");

        Assert.Equal("\"north\" AND \"korea\" AND \"munitions\"", query.ToFts5Match(["munitions"]));
        Assert.Equal("\"north\" AND \"korea\" AND (\"munition\" OR \"munitions\")", query.ToFts5Match(["munition", "munitions"]));
        Assert.Equal("\"north\" AND \"korea\" AND \"munit\"*", query.ToFts5Match([]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("AND OR NOT")]
    [InlineData("NEAR()")]
    [InlineData("( ) ^ - + : { }")]
    [InlineData("🗞️📰")]
    public void Queries_without_words_are_empty(string? text)
    {
        var query = SearchQuery.Parse(text);

        Assert.True(query.IsEmpty);
        Assert.Equal("", query.ToFts5Match());
    }

    [Theory]
    [InlineData("') DROP TABLE Articles;--", "\"drop\" AND \"table\" AND \"articles\"*")]
    [InlineData("title:foo", "\"foo\"*")]
    [InlineData("{Headline Body}: korea", "\"headline\" AND \"body\" AND \"korea\"*")]
    [InlineData("NEAR(korea russia, 5)", "\"korea\" AND \"russia\" AND \"5\"*")]
    [InlineData("korea NOT russia", "\"korea\" AND \"russia\"*")]
    [InlineData("\"korea\" OR -russia*", "\"korea\" AND \"russia\"*")]
    [InlineData("Seoul: Korea", "\"seoul\" AND \"korea\"*")]
    [InlineData("not only", "\"not\" AND \"only\"*")]
    [InlineData("Korea korea KOREA", "\"korea\"*")]
    [InlineData("Delhi’s Café 7,000 🗞️", "\"delhi\" AND \"s\" AND \"café\" AND \"7\" AND \"000\"*")]
    public void Syntax_is_dropped_and_only_words_are_kept(string text, string match) =>
        Assert.Equal(match, SearchQuery.Parse(text).ToFts5Match());

    [Fact]
    public void Long_queries_are_capped_in_length_and_in_terms()
    {
        var query = SearchQuery.Parse(new string('a', 1000));
        var many = SearchQuery.Parse(string.Join(' ', Enumerable.Range(1, 50).Select(i => $"w{i}")));

        Assert.Equal(SearchQuery.MaxLength, query.Text.Length);
        Assert.Equal(SearchQuery.MaxTerms, many.Terms.Count);
    }

    [Fact]
    public void The_cap_never_splits_an_emoji()
    {
        var query = SearchQuery.Parse(new string('a', SearchQuery.MaxLength - 1) + "🗞");

        Assert.Equal(SearchQuery.MaxLength - 1, query.Text.Length);
    }
}
