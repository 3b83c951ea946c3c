using NewsSite.Articles;
using NewsSite.Generating;
using NewsSite.Sections;

namespace NewsSite.Core.Tests.Generating;

public class StoryGeneratorTests
{
    private static readonly GenerationPlan Plan = new(3000, 7, new DateOnly(2026, 11, 27));

    private static List<GeneratedStory> Stories(GenerationPlan plan) =>
        [.. Enumerable.Range(0, plan.Articles).Select(new StoryGenerator(plan).Generate)];

    private static string Fingerprint(GeneratedStory s) =>
        string.Join('|', s.Article.Slug, s.Article.Headline, s.Article.Summary, s.Article.Body, s.Article.DatelinePlace, s.Article.Source,
            s.Article.Byline, s.Section, s.Article.Status, s.Article.PublishedAt?.Ticks, s.Article.UpdatedAt.Ticks, s.Article.CreatedAt.Ticks,
            s.Article.ConcurrencyStamp, string.Join(',', s.Tags), string.Join(',', s.Related));

    [Fact]
    public void The_same_seed_gives_the_same_stories_in_any_order()
    {
        var generator = new StoryGenerator(Plan);
        var forwards = Enumerable.Range(0, 200).Select(n => Fingerprint(generator.Generate(n))).ToList();
        var backwards = Enumerable.Range(0, 200).Reverse().Select(n => Fingerprint(new StoryGenerator(Plan).Generate(n))).Reverse().ToList();

        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public void Another_seed_gives_other_stories()
    {
        var one = new StoryGenerator(Plan).Generate(5);
        var other = new StoryGenerator(Plan with { Seed = 8 }).Generate(5);

        Assert.NotEqual(Fingerprint(one), Fingerprint(other));
    }

    [Fact]
    public void Bodies_run_300_to_900_words_and_some_carry_a_subheading_or_a_quote()
    {
        var stories = Stories(Plan);

        Assert.All(stories, s => Assert.InRange(Terms.CountWords(s.Article.Body), StoryBody.MinWords, StoryBody.MaxWords));
        Assert.Contains(stories, s => s.Article.Body.Contains("\n\n## ", StringComparison.Ordinal));
        Assert.Contains(stories, s => s.Article.Body.Contains("\n\n> ", StringComparison.Ordinal));
        Assert.All(stories, s => Assert.True(s.Article.Body.Split("\n\n").Length >= 3, s.Article.Slug));
    }

    [Fact]
    public void Slugs_are_unique_and_headline_keys_follow_the_headline()
    {
        var stories = Stories(Plan);

        Assert.Equal(stories.Count, stories.Select(s => s.Article.Slug).Distinct(StringComparer.Ordinal).Count());
        Assert.All(stories, s => Assert.Equal(Slug.WithSuffix(Slug.From(s.Article.Headline), s.Number + 1), s.Article.Slug));
        Assert.All(stories, s => Assert.Equal(HeadlineKey.From(s.Article.Headline), s.Article.HeadlineKey));
    }

    [Fact]
    public void Stories_have_every_section_agency_and_kind_of_dateline()
    {
        var stories = Stories(Plan);

        Assert.Equal(StandardSections.All.Select(s => s.Slug).Order(), stories.Select(s => s.Section).Distinct().Order());
        Assert.Equal([null, "AFP", "AP", "IANS", "PTI", "Reuters"], stories.Select(s => s.Article.Source).Distinct().Order());
        Assert.Contains(stories, s => s.Article.DatelinePlace == null);
        Assert.Contains(stories, s => SectionRule.Choose("", "", s.Article.DatelinePlace) == StandardSections.India && s.Article.DatelinePlace != null);
        Assert.Contains(stories, s => SectionRule.Choose("", "", s.Article.DatelinePlace) == StandardSections.World);
        Assert.Contains(stories, s => s.Article.Byline != null);
        Assert.Contains(stories, s => s.Article.Byline == null);
    }

    [Fact]
    public void Most_are_published_over_five_years_a_few_are_drafts_or_scheduled_after_the_day()
    {
        var stories = Stories(Plan);
        var published = stories.Where(s => s.Article.Status == ArticleStatus.Published).ToList();

        Assert.All(published, s => Assert.InRange(s.Article.PublishedAt!.Value, Plan.Start, Plan.End.AddTicks(-1)));
        Assert.True(published.Min(s => s.Article.PublishedAt) < Plan.Start.AddDays(30));
        Assert.True(published.Max(s => s.Article.PublishedAt) > Plan.End.AddDays(-30));
        Assert.Contains(stories, s => s.Article.Status == ArticleStatus.Draft && s.Article.PublishedAt == null);
        Assert.Contains(stories, s => s.Article.Status == ArticleStatus.Scheduled);
        Assert.All(stories.Where(s => s.Article.Status == ArticleStatus.Scheduled), s => Assert.True(s.Article.PublishedAt > Plan.End));
        Assert.All(stories, s => Assert.True(s.Article.CreatedAt <= s.Article.UpdatedAt));
        Assert.InRange(published.Count, stories.Count * 0.95, stories.Count);
    }

    [Fact]
    public void Tags_and_related_links_stay_within_bounds()
    {
        var stories = Stories(Plan);

        Assert.InRange(GeneratedTags.All.Count, 200, 500);
        Assert.All(stories, s => Assert.InRange(s.Tags.Count, 1, 5));
        Assert.All(stories, s => Assert.Equal(s.Tags.Count, s.Tags.Distinct().Count()));
        Assert.All(stories, s => Assert.InRange(s.Related.Count, 0, 3));
        Assert.All(stories, s => Assert.All(s.Related, r => Assert.InRange(r, 0, s.Number - 1)));
        Assert.All(stories, s => Assert.Equal(s.Related.Count, s.Related.Distinct().Count()));
        Assert.Contains(stories, s => s.Related.Count == 3);
        Assert.Contains(stories, s => s.Related.Count == 0);
    }

    [Fact]
    public void Derived_text_without_the_sanitizer_is_what_a_save_derives()
    {
        foreach (var seed in new[] { 1, 2, 7, 42, -5 })
        {
            var generator = new StoryGenerator(Plan with { Seed = seed });
            foreach (var number in Enumerable.Range(0, 400).Select(i => i * 7))
            {
                var generated = generator.Generate(number).Article;
                var saved = generator.Generate(number).Article;
                ArticleDerivedText.ApplyToGenerated(generated);
                ArticleDerivedText.Apply(saved);

                Assert.Equal(saved.BodyHtml, generated.BodyHtml);
                Assert.Equal(saved.WordCount, generated.WordCount);
                Assert.Equal(saved.Keywords, generated.Keywords);
            }
        }
    }
}
