using NewsSite.Articles;

namespace NewsSite.Generating;

/// <summary>
/// Makes story number n of a plan from the plan alone, so stories can be made in any order and in parallel and
/// still come out the same. Stories are numbered in publishing order; related links point only at earlier ones.
/// </summary>
public sealed class StoryGenerator(GenerationPlan plan)
{
    public const double DraftShare = 0.01;
    public const double ScheduledShare = 0.005;

    // How far back a story's curated related links may reach, in stories.
    private const int RelatedReach = 300;

    public GenerationPlan Plan { get; } = plan;

    public GeneratedStory Generate(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        var dice = Dice.For(Plan.Seed, number);
        var beat = dice.Pick(Beats.All);
        var subject = dice.Pick(beat.Subjects);
        var action = dice.Pick(beat.Actions);
        var topic = dice.Pick(beat.Objects);
        var place = DatelineFor(beat, ref dice);
        var inHeadline = place is not null && dice.Chance(0.3);

        var headline = $"{subject} {action.Headline} {topic}{(inHeadline ? " in " + place : "")}";
        var body = new StoryBody(beat, subject, action, topic, inHeadline ? place : null);
        var markdown = body.Write(ref dice);
        var source = dice.Chance(0.7) ? dice.Pick(Newsroom.Agencies) : null;
        var byline = dice.Chance(source is null ? 0.8 : 0.2) ? dice.Pick(Newsroom.FirstNames) + " " + dice.Pick(Newsroom.LastNames) : null;

        var article = new Article
        {
            Slug = Slug.WithSuffix(Slug.From(headline), number + 1),
            Headline = headline,
            HeadlineKey = HeadlineKey.From(headline),
            Summary = Summary.From(body.Lead),
            Body = markdown,
            DatelinePlace = place,
            Source = source,
            Byline = byline,
            ConcurrencyStamp = dice.NextGuid(),
        };
        Schedule(article, number, ref dice);
        return new GeneratedStory(number, article, beat.Section, TagsFor(beat, place, ref dice), RelatedFor(number, ref dice));
    }

    private static string? DatelineFor(Beat beat, ref Dice dice)
    {
        if (dice.Chance(0.12))
        {
            return null;
        }

        var abroad = beat.Section == Sections.StandardSections.World ? 0.9 : beat.Section == Sections.StandardSections.India ? 0.02 : 0.3;
        return dice.Pick(dice.Chance(abroad) ? Places.World : Places.Indian);
    }

    // Stories are spread evenly over the plan's years in number order, each at a random minute of its slot.
    private void Schedule(Article article, int number, ref Dice dice)
    {
        var minutes = (long)(Plan.End - Plan.Start).TotalMinutes;
        var slot = Math.Max(minutes / Math.Max(Plan.Articles, 1), 1);
        var filed = Plan.Start.AddMinutes(Math.Min((number * minutes / Math.Max(Plan.Articles, 1)) + dice.Next((int)Math.Min(slot, int.MaxValue)), minutes - 1));
        var roll = dice.Chance(DraftShare) ? ArticleStatus.Draft : dice.Chance(ScheduledShare / (1 - DraftShare)) ? ArticleStatus.Scheduled : ArticleStatus.Published;
        article.Status = roll;
        switch (roll)
        {
            case ArticleStatus.Draft:
                article.PublishedAt = null;
                article.CreatedAt = article.UpdatedAt = filed;
                break;
            case ArticleStatus.Scheduled:
                article.PublishedAt = Plan.End.AddDays(dice.Between(1, 60)).AddHours(dice.Between(3, 20));
                article.CreatedAt = article.UpdatedAt = filed;
                break;
            default:
                article.PublishedAt = filed;
                article.CreatedAt = filed.AddMinutes(-dice.Between(10, 360));
                article.UpdatedAt = dice.Chance(0.15) ? filed.AddMinutes(dice.Between(20, 2880)) : filed;
                break;
        }
    }

    private static int[] TagsFor(Beat beat, string? place, ref Dice dice)
    {
        var count = dice.Between(1, 5);
        var tags = new List<int>(count);
        if (place is not null && dice.Chance(0.4))
        {
            tags.Add(GeneratedTags.NumberOf(place));
        }

        while (tags.Count < count)
        {
            var tag = GeneratedTags.NumberOf(dice.Pick(beat.Tags));
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        return [.. tags];
    }

    private static int[] RelatedFor(int number, ref Dice dice)
    {
        if (number == 0 || !dice.Chance(0.4))
        {
            return [];
        }

        var count = Math.Min(dice.Between(1, 3), number);
        var related = new List<int>(count);
        while (related.Count < count)
        {
            var earlier = number - 1 - dice.Next(Math.Min(number, RelatedReach));
            if (!related.Contains(earlier))
            {
                related.Add(earlier);
            }
        }

        return [.. related];
    }
}
