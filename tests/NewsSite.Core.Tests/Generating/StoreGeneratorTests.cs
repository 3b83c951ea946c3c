using Microsoft.EntityFrameworkCore;
using NewsSite.Articles;
using NewsSite.Core.Tests.Importing;
using NewsSite.Core.Tests.Search;
using NewsSite.Core.Tests.Store;
using NewsSite.Generating;
using NewsSite.Search;
using NewsSite.Store;

namespace NewsSite.Core.Tests.Generating;

public sealed class StoreGeneratorTests : IAsyncLifetime
{
    private static readonly GenerationPlan Plan = new(2000, 3, new DateOnly(2026, 11, 27));
    private TestStore _store = null!;

    public async ValueTask InitializeAsync() => _store = await TestStore.CreateAsync();

    public async ValueTask DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_fresh_store_gets_every_story_with_its_tags_links_and_derived_text()
    {
        var report = await new StoreGenerator(_store).GenerateAsync(Plan, force: false);

        Assert.False(report.WasRefused);
        await using var db = _store.CreateDbContext();
        Assert.Equal(2000, await db.Articles.CountAsync());
        Assert.Equal(2000, await db.Articles.Generated().CountAsync());
        Assert.Equal(2000, await db.Articles.Select(a => a.Slug).Distinct().CountAsync());
        Assert.Equal(report.Counts.TagLinks, await db.Articles.SumAsync(a => a.Tags.Count));
        Assert.Equal(report.Counts.RelatedLinks, await db.RelatedLinks.CountAsync());
        Assert.True(report.Counts.RelatedLinks > 0);
        Assert.Equal(report.Counts.Drafts, await db.Articles.CountAsync(a => a.Status == ArticleStatus.Draft && a.PublishedAt == null));
        Assert.True(report.Counts.Drafts > 0);
        Assert.True(await db.Articles.AnyAsync(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt > Plan.End));
        Assert.InRange(await db.Tags.CountAsync(), 200, 500);
        Assert.Contains(await db.AdCreatives.ToListAsync(), c => c.SectionId != null);
        Assert.Contains(await db.AdCreatives.ToListAsync(), c => c.StartsAt != null && c.EndsAt != null && c.AltText != null);

        var sample = await db.Articles.AsNoTracking().Where(a => a.Id % 97 == 0).ToListAsync();
        Assert.NotEmpty(sample);
        foreach (var stored in sample)
        {
            var saved = new Article { Slug = "", Headline = stored.Headline, HeadlineKey = "", Summary = stored.Summary, Body = stored.Body };
            ArticleDerivedText.Apply(saved);
            Assert.Equal(saved.BodyHtml, stored.BodyHtml);
            Assert.Equal(saved.WordCount, stored.WordCount);
            Assert.Equal(saved.Keywords, stored.Keywords);
            Assert.InRange(stored.WordCount, StoryBody.MinWords, StoryBody.MaxWords);
        }

        // Curated links keep their order and point at stories that exist.
        var links = await db.RelatedLinks.OrderBy(l => l.ArticleId).ThenBy(l => l.Position).Take(50).ToListAsync();
        Assert.All(links.GroupBy(l => l.ArticleId), g => Assert.Equal(Enumerable.Range(0, g.Count()), g.Select(l => l.Position)));
        Assert.All(links, l => Assert.True(l.RelatedArticleId < l.ArticleId));
    }

    [Fact]
    public async Task Every_story_gets_the_related_list_a_refresh_of_that_story_would_work_out()
    {
        var report = await new StoreGenerator(_store).GenerateAsync(Plan, force: false);

        await using var db = _store.CreateDbContext();
        var before = await StoredListsAsync(db);
        Assert.Equal(report.ComputedRelated, before.Values.Sum(l => l.Count));
        var listed = (await db.Articles.Where(a => a.PublishedAt != null && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled))
            .Select(a => a.Id).ToListAsync()).ToHashSet();
        Assert.All(before, list => Assert.Equal(RelatedNeighbourhood.Stored, list.Value.Count));
        Assert.All(before, list => Assert.DoesNotContain(list.Key, list.Value));
        Assert.All(before.Values.SelectMany(l => l), id => Assert.Contains(id, listed));

        // The refresh recomputes a sample one story at a time with queries, and their neighbours with them.
        var sample = before.Keys.Where(id => id % 61 == 0).ToList();
        await new RelatedRefresh(db).RefreshAsync(sample);

        Assert.Equal(before, await StoredListsAsync(db));
    }

    private static async Task<SortedDictionary<int, List<int>>> StoredListsAsync(NewsSiteDb db)
    {
        var places = await db.ComputedRelated.AsNoTracking().OrderBy(r => r.ArticleId).ThenBy(r => r.Rank).ToListAsync();
        return new(places.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g => g.Select(r => r.RelatedArticleId).ToList()));
    }

    [Fact]
    public async Task Search_finds_generated_headlines_and_keeps_following_edits()
    {
        await new StoreGenerator(_store).GenerateAsync(Plan, force: false);
        await using var db = _store.CreateDbContext();
        var story = await db.Articles.Where(a => a.Status == ArticleStatus.Published).OrderBy(a => a.Id).Skip(500).FirstAsync();
        var word = story.Headline.Split(' ').Last(w => w.Length > 4);

        var found = await Engines.Sqlite(db).SearchAsync(SearchQuery.Parse(story.Headline), 1, 10, Plan.End);
        Assert.Contains(found.Hits, h => h.ArticleId == story.Id);
        Assert.True((await Engines.Sqlite(db).SearchAsync(SearchQuery.Parse(word), 1, 10, Plan.End)).Total > 1);

        // The index holds the stories readers may see now or later, and no draft (FTS5 keeps a size row for each story it holds).
        var indexed = await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"ArticleSearch_docsize\"").SingleAsync();
        Assert.Equal(await db.Articles.CountAsync(a => a.Status == ArticleStatus.Scheduled || a.Status == ArticleStatus.Published), indexed);
        Assert.True(await db.Articles.AnyAsync(a => a.Status == ArticleStatus.Draft));

        story.Headline = "Zanzibar spice harvest";
        await db.SaveChangesAsync();
        var hit = Assert.Single((await Engines.Sqlite(db).SearchAsync(SearchQuery.Parse("zanzibar"), 1, 10, Plan.End)).Hits);
        Assert.Equal(story.Id, hit.ArticleId);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_store_and_a_second_run_replaces_the_first()
    {
        var small = Plan with { Articles = 300 };
        await new StoreGenerator(_store).GenerateAsync(small, force: false);
        var first = await SnapshotAsync(_store);
        await new StoreGenerator(_store).GenerateAsync(small, force: false);

        Assert.Equal(first, await SnapshotAsync(_store));
        await using var other = await TestStore.CreateAsync();
        await new StoreGenerator(other).GenerateAsync(small, force: false);
        Assert.Equal(first, await SnapshotAsync(other));
    }

    [Fact]
    public async Task A_store_with_real_stories_is_refused_unless_forced_and_forced_stories_go_beside_them()
    {
        await ImporterTests.Importer(_store).ImportFileAsync(SeedFiles.First, dryRun: false);
        int real;
        await using (var db = _store.CreateDbContext())
        {
            real = await db.Articles.CountAsync();
        }

        var refused = await new StoreGenerator(_store).GenerateAsync(Plan with { Articles = 100 }, force: false);
        Assert.True(refused.WasRefused);
        Assert.Equal(real, refused.RealArticles);
        Assert.Contains("--force", refused.Summary, StringComparison.Ordinal);

        var forced = await new StoreGenerator(_store).GenerateAsync(Plan with { Articles = 100 }, force: true);
        await new StoreGenerator(_store).GenerateAsync(Plan with { Articles = 100 }, force: true);
        Assert.False(forced.WasRefused);
        await using (var db = _store.CreateDbContext())
        {
            Assert.Equal(real + 100, await db.Articles.CountAsync());
            Assert.Equal(real, await db.Articles.Real().CountAsync());
            Assert.Equal(1, (await Engines.Sqlite(db).SearchAsync(SearchQuery.Parse("pyongyang"), 1, 10, DateTime.UtcNow)).Total);
        }
    }

    [Fact]
    public async Task The_EF_path_for_SQL_Server_writes_the_same_stories()
    {
        var small = Plan with { Articles = 250 };
        await new StoreGenerator(_store) { UseEfWriter = true }.GenerateAsync(small, force: false);
        await using var bulk = await TestStore.CreateAsync();
        await new StoreGenerator(bulk).GenerateAsync(small, force: false);

        Assert.Equal(await SnapshotAsync(bulk), await SnapshotAsync(_store));
    }

    private static async Task<List<string>> SnapshotAsync(TestStore store)
    {
        await using var db = store.CreateDbContext();
        var articles = await db.Articles.AsNoTracking().Include(a => a.Tags).Include(a => a.RelatedLinks).OrderBy(a => a.Id).ToListAsync();
        var rows = articles.Select(a => string.Join('|', a.Id, a.Slug, a.Headline, a.Summary, a.Body, a.BodyHtml, a.WordCount, a.Keywords, a.Status,
            a.PublishedAt, a.UpdatedAt, a.CreatedAt, a.SectionId, a.Source, a.Byline, a.DatelinePlace, a.ConcurrencyStamp,
            string.Join(',', a.Tags.Select(t => t.Slug).Order(StringComparer.Ordinal)),
            string.Join(',', a.RelatedLinks.OrderBy(l => l.Position).Select(l => l.RelatedArticleId))));
        var creatives = await db.AdCreatives.OrderBy(c => c.Name).Select(c => c.Name + c.ImageUrl + c.StartsAt).ToListAsync();
        return [.. rows, .. creatives];
    }
}
