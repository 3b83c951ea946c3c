namespace NewsSite.Generating;

/// <summary>
/// What to generate: how many stories, from which seed, and the day the calendar ends on (stories are published
/// over the <see cref="Years"/> before it, a few are scheduled after it). The same plan always gives the same stories.
/// </summary>
public sealed record GenerationPlan(int Articles, int Seed, DateOnly AsOf)
{
    public const int Years = 5;

    public DateTime Start => AsOf.AddYears(-Years).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public DateTime End => AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
