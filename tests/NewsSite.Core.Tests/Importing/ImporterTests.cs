using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsSite.Articles;
using NewsSite.Core.Tests.Store;
using NewsSite.Importing;

namespace NewsSite.Core.Tests.Importing;

public sealed class ImporterTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private readonly string _inbox = Directory.CreateTempSubdirectory("newssite-inbox-").FullName;

    public async ValueTask InitializeAsync() => _store = await TestStore.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_inbox, recursive: true);
    }

    internal static SeedImporter Importer(TestStore store) => new(store, TimeProvider.System, NullLogger<SeedImporter>.Instance);

    private SeedImporter Importer() => Importer(_store);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_inbox, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<(int Articles, int Links, int Records)> CountsAsync()
    {
        await using var db = _store.CreateDbContext();
        return (await db.Articles.CountAsync(), await db.RelatedLinks.CountAsync(), await db.ImportRecords.CountAsync());
    }

    [Fact]
    public async Task The_seed_becomes_a_story_with_four_curated_related_articles_in_page_order()
    {
        var result = await Importer().ImportFileAsync(SeedFiles.First, dryRun: false);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = _store.CreateDbContext();
        var story = await db.Articles.Include(a => a.Section).SingleAsync(a => !a.IsExcerptOnly);
        Assert.Equal("n-korea-has-supplied-7000-containers-of-munitions-to-russia-s-korean-defence", story.Slug);
        Assert.Equal(("Seoul", "AP", "World"), (story.DatelinePlace, story.Source, story.Section!.Name));
        Assert.Equal(new DateTime(2024, 3, 18, 0, 0, 0, DateTimeKind.Utc), story.PublishedAt);
        Assert.Equal(ArticleStatus.Published, story.Status);
        Assert.Equal(6, story.Body.Split("\n\n").Length);
        Assert.DoesNotContain("(AP)", story.Body, StringComparison.Ordinal);

        var related = await db.RelatedLinks.Where(l => l.ArticleId == story.Id).OrderBy(l => l.Position)
            .Select(l => new { l.RelatedArticle!.Headline, l.RelatedArticle.IsExcerptOnly, l.RelatedArticle.Summary }).ToListAsync();
        Assert.Equal(4, related.Count);
        Assert.StartsWith("3rd Test", related[0].Headline, StringComparison.Ordinal);
        Assert.StartsWith("Lal Krishna Advani", related[3].Headline, StringComparison.Ordinal);
        Assert.All(related, r => Assert.True(r.IsExcerptOnly));
        Assert.Equal("Persistent rain had the final say in washing out day one’s play of the third…", related[0].Summary);

        var record = await db.ImportRecords.Include(r => r.Articles).SingleAsync();
        Assert.Equal("000_d5342039318a5e7e.txt", record.FileName);
        Assert.Equal(5, record.Articles.Count);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing()
    {
        await Importer().ImportFileAsync(SeedFiles.First, dryRun: false);
        var before = await CountsAsync();

        var again = await Importer().ImportFileAsync(SeedFiles.First, dryRun: false);

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_same_story_in_another_file_changes_nothing()
    {
        await Importer().ImportFileAsync(SeedFiles.First, dryRun: false);
        var before = await CountsAsync();
        var copy = Write("copy.txt", File.ReadAllText(SeedFiles.First).ReplaceLineEndings("\r\n") + "\n\n");

        var again = await Importer().ImportFileAsync(copy, dryRun: false);

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_full_story_replaces_its_excerpt_keeping_slug_and_links()
    {
        await Importer().ImportFileAsync(SeedFiles.First, dryRun: false);
        await using (var db = _store.CreateDbContext())
        {
            var excerpt = await db.Articles.SingleAsync(a => a.Headline.StartsWith("Lal Krishna Advani"));
            Assert.True(excerpt.IsExcerptOnly);
        }

        var full = Write("advani.txt", """
            Sunday, December 15, 2024
            spot_img
            Lal Krishna Advani hospitalised at Delhi's Apollo Hospital
            Date:
            Share post:
            New Delhi, Dec 14: Veteran BJP leader Lal Krishna Advani has been hospitalised at Delhi's Apollo Hospital after his health deteriorated.
            Doctors said his condition was stable. (PTI)
            """);
        var result = await Importer().ImportFileAsync(full, dryRun: false);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var after = _store.CreateDbContext();
        var story = await after.Articles.SingleAsync(a => a.HeadlineKey == HeadlineKey.From("Lal Krishna Advani hospitalised at Delhi’s Apollo Hospital"));
        Assert.False(story.IsExcerptOnly);
        Assert.Equal("lal-krishna-advani-hospitalised-at-delhis-apollo-hospital", story.Slug);
        Assert.Equal("PTI", story.Source);
        Assert.Contains("Doctors said his condition was stable.", story.Body, StringComparison.Ordinal);
        Assert.True(await after.RelatedLinks.AnyAsync(l => l.RelatedArticleId == story.Id));
        Assert.Equal(5, await after.Articles.CountAsync());
    }

    [Fact]
    public async Task A_related_entry_links_to_the_existing_story_instead_of_copying_it()
    {
        var first = Write("a.txt", """
            Saturday, December 14, 2024
            Markets close higher on bank shares
            Mumbai, Dec 13: The Sensex rose 400 points. (PTI)
            """);
        var second = Write("b.txt", """
            Saturday, December 14, 2024
            Rupee steadies against the dollar
            Mumbai, Dec 14: The rupee held steady in early trade.
            Related articles
            MARKETS CLOSE HIGHER ON BANK SHARES
            Mumbai, Dec 13: The Sensex rose...
            """);

        var report = await Importer().ImportAsync(_inbox, dryRun: false);

        Assert.True(report.Succeeded);
        Assert.Equal(2, report.Imported);
        await using var db = _store.CreateDbContext();
        var markets = await db.Articles.SingleAsync(a => a.Headline == "Markets close higher on bank shares");
        Assert.False(markets.IsExcerptOnly);
        var link = await db.RelatedLinks.Include(l => l.Article).SingleAsync();
        Assert.Equal(markets.Id, link.RelatedArticleId);
        Assert.Equal("Rupee steadies against the dollar", link.Article!.Headline);
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_rejected_file_writes_nothing_and_the_others_still_import()
    {
        Write("1-empty.txt", "");
        Write("2-ads.txt", "spot_img\nspot_img\n");
        Write("3-good.txt", "Saturday, December 14, 2024\nA good story\nKochi, Dec 14: It happened.\n");
        File.WriteAllBytes(Path.Combine(_inbox, "4-binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        Write("5-headline-only.txt", "Saturday, December 14, 2024\nspot_img\nHeadline alone\nDate:\n");
        Write("6-too-big.txt", new string('x', 300_000));

        var report = await Importer().ImportAsync(_inbox, dryRun: false);

        Assert.False(report.Succeeded);
        Assert.Equal(
            [
                "1-empty.txt: rejected: the file is empty",
                "2-ads.txt: rejected: the file holds only ad placeholders (spot_img), no story",
                "3-good.txt: imported (a-good-story)",
                "4-binary.txt: rejected: the file is binary, not text (a NUL byte at offset 4)",
                "5-headline-only.txt: rejected: line 3: the headline 'Headline alone' has no body",
                "6-too-big.txt: rejected: the file is 300,000 bytes, over the limit of 262,144",
            ],
            report.Files.Select(f => f.Describe(report.DryRun)));
        Assert.Equal((1, 0, 1), await CountsAsync());
    }

    [Fact]
    public async Task A_dry_run_reports_what_it_would_do_and_writes_nothing()
    {
        var report = await Importer().ImportAsync(SeedFiles.Folder, dryRun: true);

        Assert.Equal(1, report.Imported);
        Assert.Equal("1 file(s): 1 would be imported, 0 unchanged, 0 rejected (dry run: nothing was written)", report.Summary);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task Two_stories_with_one_headline_slug_get_distinct_slugs()
    {
        Write("a.txt", "Saturday, December 14, 2024\nBudget 2025!\nDelhi, Dec 14: One.\n");
        Write("b.txt", "Saturday, December 14, 2024\nBudget: 2025\nDelhi, Dec 14: Two.\n");

        await Importer().ImportAsync(_inbox, dryRun: false);

        await using var db = _store.CreateDbContext();
        Assert.Equal(["budget-2025", "budget-2025-2"], await db.Articles.OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync());
    }
}
