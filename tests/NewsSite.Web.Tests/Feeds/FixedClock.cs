namespace NewsSite.Web.Tests.Feeds;

/// <summary>A clock stopped at one moment, so "the last two days" and "scheduled for later" are fixed.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
