using System.Text;
using System.Text.RegularExpressions;
using NewsSite.Articles;
using NewsSite.Generating;

namespace NewsSite.Core.Tests.Articles;

public partial class TermsTests
{
    [Fact]
    public void Words_are_what_the_word_pattern_matches_for_every_char()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            foreach (var text in new[] { c.ToString(), "a" + c, c + "1", "a" + c + "b" })
            {
                Assert.True(Word().Count(text) == Terms.CountWords(text), $"U+{(int)c:X4} in \"{text}\"");
            }
        }
    }

    [Fact]
    public void Terms_are_counted_as_the_lower_cased_text_matched_with_the_word_pattern_would_count_them()
    {
        // Every char between letters, so lower-casing each word alone must agree with lower-casing the whole text.
        var text = new StringBuilder();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            text.Append("Ab").Append(c).Append("Cd ").Append(c).Append("Xyz ");
        }

        text.Append("\U00010400bc \U0001D400Ies Stories MISSILES bus crisis class 12th ÆRØSKØBING");
        AssertCountsAsBefore(text.ToString());
    }

    [Fact]
    public void Generated_and_seed_stories_get_the_terms_they_had()
    {
        var generator = new StoryGenerator(new GenerationPlan(500, 11, new DateOnly(2026, 11, 27)));
        foreach (var story in Enumerable.Range(0, 500).Select(generator.Generate))
        {
            AssertCountsAsBefore(story.Article.Headline + "\n" + story.Article.Body);
        }

        AssertCountsAsBefore(File.ReadAllText(SeedFiles.First));
    }

    private static void AssertCountsAsBefore(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Terms.Count(text, 2, counts);
        var before = TermsBefore(text).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => 2 * g.Count(), StringComparer.Ordinal);
        Assert.Equal(before.OrderBy(c => c.Key, StringComparer.Ordinal), counts.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(Word().Count(text), Terms.CountWords(text));
    }

    // How terms were read before the scanner: the regex over the whole text lower-cased.
    private static IEnumerable<string> TermsBefore(string text)
    {
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            var word = match.Value;
            if (word.Length < 3 || Terms.StopWords.Contains(word))
            {
                continue;
            }

            yield return word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
                : word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal) ? word
                : word.EndsWith('s') && word.Length > 3 ? word[..^1]
                : word;
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();
}
