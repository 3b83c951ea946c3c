using NewsSite.Articles;

namespace NewsSite.Core.Tests.Articles;

public class SlugTests
{
    [Theory]
    [InlineData("Lal Krishna Advani hospitalised at Delhi’s Apollo Hospital", "lal-krishna-advani-hospitalised-at-delhis-apollo-hospital")]
    [InlineData("N Korea has supplied 7,000 containers", "n-korea-has-supplied-7000-containers")]
    [InlineData("Minister Meghwal to table ‘One Nation, One Election’ Bill", "minister-meghwal-to-table-one-nation-one-election-bill")]
    [InlineData("Café owners in Zürich: “unfair”!", "cafe-owners-in-zurich-unfair")]
    [InlineData("  --  ", "")]
    public void Makes_readable_url_parts(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Fact]
    public void Long_headlines_are_cut_at_a_word_within_the_limit()
    {
        var slug = Slug.From("N Korea has supplied 7,000 containers of munitions to Russia: S Korean defence chief");

        Assert.Equal("n-korea-has-supplied-7000-containers-of-munitions-to-russia-s-korean-defence", slug);
        Assert.True(slug.Length <= Slug.MaxLength);
    }

    [Fact]
    public void A_suffix_keeps_the_slug_within_the_limit()
    {
        var slug = Slug.WithSuffix(new string('a', 50) + "-" + new string('b', 29), 12);

        Assert.Equal(new string('a', 50) + "-12", slug);
    }
}
