using NewsSite.Site;

namespace NewsSite.Core.Tests.Site;

public sealed class AdsTxtLinesTests
{
    [Theory]
    [InlineData("google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0")]
    [InlineData("example-exchange.com, 12345, RESELLER")]
    [InlineData("ads.example.co.in,pub-1,direct")]
    [InlineData("greenadexchange.com, XF7342, DIRECT, 5jyxf8k54; extension data")]
    [InlineData("google.com, pub-1, DIRECT # our own account")]
    [InlineData("# ads.txt for news.example.com")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("CONTACT=adops@example.com")]
    [InlineData("ownerdomain=example.com")]
    [InlineData("MANAGERDOMAIN=manager.example, IN")]
    public void Accepts_records_comments_variables_and_blank_lines(string line) => Assert.Null(AdsTxtLines.Check(line));

    [Theory]
    [InlineData("google.com pub-1 DIRECT", "found 1 field")]
    [InlineData("google.com, pub-1", "found 2 fields")]
    [InlineData("google.com, pub-1, DIRECT, abc, extra", "found 5 fields")]
    [InlineData("google, pub-1, DIRECT", "'google' is not the ad system's domain")]
    [InlineData("https://google.com, pub-1, DIRECT", "is not the ad system's domain")]
    [InlineData("google.com, , DIRECT", "publisher's account id is missing")]
    [InlineData("google.com, pub 1, DIRECT", "holds spaces")]
    [InlineData("google.com, pub-1, DIRCT", "must be DIRECT or RESELLER, not 'DIRCT'")]
    [InlineData("google.com, pub-1, DIRECT, f08c-47", "not a certification authority id")]
    [InlineData("OWNER=example.com", "'OWNER' is not an ads.txt variable")]
    [InlineData("CONTACT=", "has no value")]
    public void Says_what_is_wrong_with_a_bad_line(string line, string error) =>
        Assert.Contains(error, AdsTxtLines.Check(line), StringComparison.Ordinal);

    [Fact]
    public void Errors_name_their_lines()
    {
        var lines = AdsTxtLines.Split("# ours\r\ngoogle.com, pub-1, DIRECT\r\nnot a record\n\nexample.com, 7, BOTH\n\n\n");

        Assert.Equal(5, lines.Count);
        Assert.Equal(
            ["Line 3: expected 'domain, publisher-id, DIRECT or RESELLER[, certification-id]', found 1 field.", "Line 5: the account type must be DIRECT or RESELLER, not 'BOTH'."],
            AdsTxtLines.Errors(lines));
    }
}
