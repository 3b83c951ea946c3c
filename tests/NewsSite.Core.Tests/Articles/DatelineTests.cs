using NewsSite.Articles;

namespace NewsSite.Core.Tests.Articles;

public class DatelineTests
{
    [Theory]
    [InlineData("Seoul, March 18: North Korea...", "Seoul", 2024, 3, 18, "North Korea...")]
    [InlineData("New Delhi, Dec 14: Four days", "New Delhi", 2024, 12, 14, "Four days")]
    [InlineData("Washington, Sept. 3: Text", "Washington", 2024, 9, 3, "Text")]
    [InlineData("São Paulo, Jan 2:Text", "São Paulo", 2024, 1, 2, "Text")]
    public void Reads_place_day_and_the_rest(string paragraph, string place, int year, int month, int day, string rest)
    {
        Assert.True(Dateline.TryRead(paragraph, new DateOnly(2024, 12, 14), out var dateline, out var remainder));
        Assert.Equal(new Dateline(place, new DateOnly(year, month, day)), dateline);
        Assert.Equal(rest, remainder);
    }

    [Fact]
    public void The_year_is_the_latest_not_after_the_capture_day()
    {
        Assert.True(Dateline.TryRead("Mumbai, Dec 30: x", new DateOnly(2025, 1, 3), out var dateline, out _));
        Assert.Equal(new DateOnly(2024, 12, 30), dateline.Date);

        Assert.True(Dateline.TryRead("Mumbai, Jan 3: x", new DateOnly(2025, 1, 3), out var sameDay, out _));
        Assert.Equal(new DateOnly(2025, 1, 3), sameDay.Date);
    }

    [Fact]
    public void February_29_goes_back_to_the_last_leap_year()
    {
        Assert.True(Dateline.TryRead("Paris, Feb 29: x", new DateOnly(2027, 6, 1), out var dateline, out _));
        Assert.Equal(new DateOnly(2024, 2, 29), dateline.Date);
    }

    [Theory]
    [InlineData("North Korea has shipped around 7,000 containers")]
    [InlineData("Seoul, Marchy 18: not a month")]
    [InlineData("Seoul, March 32: not a day")]
    [InlineData("Shin said, March 18 was the day")]
    public void Paragraphs_without_a_dateline_are_left_alone(string paragraph)
    {
        Assert.False(Dateline.TryRead(paragraph, new DateOnly(2024, 12, 14), out _, out var rest));
        Assert.Equal(paragraph, rest);
    }
}
