using NewsSite.Importing;
using NewsSite.Sections;

namespace NewsSite.Core.Tests.Sections;

public class SectionRuleTests
{
    [Fact]
    public void The_seed_story_and_its_related_entries_land_in_their_sections()
    {
        var page = SeedPageParser.Parse(File.ReadAllBytes(SeedFiles.First));

        Assert.Equal(StandardSections.World, SectionRule.Choose(page.Headline, string.Join('\n', page.Paragraphs), page.Dateline?.Place));
        Assert.Equal(
            [StandardSections.Sports, StandardSections.India, StandardSections.Entertainment, StandardSections.India],
            page.Related.Select(r => SectionRule.Choose(r.Title, r.Excerpt, r.Dateline?.Place)));
    }

    [Fact]
    public void Headline_words_outweigh_body_words()
    {
        Assert.Equal(StandardSections.Business, SectionRule.Choose("Sensex hits record", "The film industry cheered, an actor said.", null));
    }

    [Theory]
    [InlineData("New Delhi", StandardSections.India)]
    [InlineData("Lima", StandardSections.World)]
    [InlineData(null, StandardSections.India)]
    public void Without_keywords_the_dateline_decides(string? place, string section) =>
        Assert.Equal(section, SectionRule.Choose("Residents gather for a quiet evening", "Nothing more to say.", place));
}
