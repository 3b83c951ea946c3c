using NewsSite.Site;

namespace NewsSite.Core.Tests.Site;

public sealed class SiteTimeZonesTests
{
    [Theory]
    [InlineData("Asia/Kolkata")]
    [InlineData("Europe/London")]
    [InlineData("America/New_York")]
    [InlineData("UTC")]
    public void Finds_iana_zones(string id) => Assert.Equal(id, SiteTimeZones.Find(id)?.Id);

    [Theory]
    [InlineData("India Standard Time")]
    [InlineData("Asia/Atlantis")]
    [InlineData("IST")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_anything_else(string? id) => Assert.Null(SiteTimeZones.Find(id));

    [Fact]
    public void Lists_iana_ids_only()
    {
        Assert.Contains("Asia/Kolkata", SiteTimeZones.All());
        Assert.All(SiteTimeZones.All(), id => Assert.NotNull(SiteTimeZones.Find(id)));
    }
}
