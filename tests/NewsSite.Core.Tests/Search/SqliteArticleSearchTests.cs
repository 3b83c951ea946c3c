using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsSite.Articles;
using NewsSite.Core.Tests.Importing;
using NewsSite.Core.Tests.Store;
using NewsSite.Search;
using NewsSite.Store;

namespace NewsSite.Core.Tests.Search;

public class SqliteArticleSearchTests
{
    [Fact]
    public async Task Search_triggers_survive_every_migration()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.CreateDbContext();

        var triggers = await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Articles' ORDER BY name").ToListAsync();

        Assert.Equal(["Articles_AfterDelete_Search", "Articles_AfterInsert_Search", "Articles_AfterUpdate_Search"], triggers);
    }

    [Fact]
    public async Task The_migration_indexes_stories_already_in_the_store_and_its_Down_removes_the_index()
    {
        await using var store = await TestStore.CreateAsync();
        await ImporterTests.Importer(store).ImportFileAsync(SeedFiles.First, dryRun: false);
        await using var db = store.CreateDbContext();
        var migrator = db.GetService<IMigrator>();

        await migrator.MigrateAsync("ArticleDerivedText");
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name LIKE 'ArticleSearch%' OR name LIKE '%_Search'").SingleAsync());
        await migrator.MigrateAsync();

        Assert.Equal(1, (await Engines.Sqlite(db).SearchAsync(SearchQuery.Parse("pyongyang"), 1, 10, DateTime.UtcNow)).Total);
    }

    [Fact]
    public async Task The_index_holds_a_story_only_while_readers_may_see_it_or_its_time_is_set_and_learns_its_words()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.CreateDbContext();
        var now = DateTime.UtcNow;
        await FileAsync(db, now, [("Echidna spotted", "An echidnaphile counted spines.")], ArticleStatus.Draft);
        var story = await db.Articles.SingleAsync();
        var search = Engines.Sqlite(db);
        async Task<(int Indexed, int Found, int Words)> StateAsync() => (
            await IndexedAsync(db, "echidna"),
            (await search.SearchAsync(SearchQuery.Parse("echidnaphi"), 1, 10, now)).Total,
            await WordsAsync(db, "echidna"));

        Assert.Equal((0, 0, 0), await StateAsync());

        story.Status = ArticleStatus.Scheduled;
        story.PublishedAt = now.AddHours(1);
        await db.SaveChangesAsync();
        Assert.Equal((1, 0, 2), await StateAsync());

        story.Status = ArticleStatus.Published;
        story.PublishedAt = now.AddMinutes(-1);
        await db.SaveChangesAsync();
        Assert.Equal((1, 1, 2), await StateAsync());

        story.Status = ArticleStatus.Withdrawn;
        await db.SaveChangesAsync();
        Assert.Equal((0, 0, 2), await StateAsync());

        story.Status = ArticleStatus.Published;
        story.Body = "An echidnaphobe fled.";
        await db.SaveChangesAsync();
        Assert.Equal((1, 0, 3), await StateAsync());
        Assert.Equal(1, (await search.SearchAsync(SearchQuery.Parse("echidnapho"), 1, 10, now)).Total);

        db.Articles.Remove(story);
        await db.SaveChangesAsync();
        Assert.Equal((0, 0, 3), await StateAsync());
    }

    [Fact]
    public async Task Upgrading_takes_drafts_and_withdrawn_stories_out_of_the_index_and_lists_its_words_and_Down_puts_them_back()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.CreateDbContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("ArticleSearchTerms");
        var now = DateTime.UtcNow;
        await FileAsync(db, now, [("Platypus at dawn", "The platypus dived.")]);
        await FileAsync(db, now, [("Platypus draft", "Not ready.")], ArticleStatus.Draft);
        await FileAsync(db, now, [("Platypus withdrawn", "Taken down.")], ArticleStatus.Withdrawn);
        Assert.Equal(3, await IndexedAsync(db, "platypus"));

        await migrator.MigrateAsync();

        Assert.Equal(1, await IndexedAsync(db, "platypus"));
        Assert.Equal(["dawn", "dived"], await db.Database.SqlQuery<string>($"""SELECT "Word" AS "Value" FROM "ArticleSearchWords" WHERE "Word" LIKE 'd%' ORDER BY "Word" """).ToListAsync());
        Assert.Equal(1, (await Engines.Sqlite(db).SearchAsync(SearchQuery.Parse("platyp"), 1, 10, now)).Total);

        await migrator.MigrateAsync("ArticleSearchTerms");

        Assert.Equal(3, await IndexedAsync(db, "platypus"));
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name LIKE 'ArticleSearchWords%' OR name LIKE 'ArticleSearchScratch%'").SingleAsync());
    }

    [Fact]
    public async Task The_index_follows_imports_edits_and_deletions()
    {
        await using var store = await TestStore.CreateAsync();
        await ImporterTests.Importer(store).ImportFileAsync(SeedFiles.First, dryRun: false);
        var now = DateTime.UtcNow;

        await using (var db = store.CreateDbContext())
        {
            var found = await Engines.Sqlite(db).SearchAsync(SearchQuery.Parse("pyongyang"), 1, 10, now);
            var hit = Assert.Single(found.Hits);
            Assert.Equal(1, found.Total);
            Assert.Contains("<mark>Pyongyang</mark>", hit.SnippetHtml, StringComparison.Ordinal);

            var story = await db.Articles.SingleAsync(a => a.Id == hit.ArticleId);
            story.Body = story.Body.Replace("Pyongyang", "the North", StringComparison.Ordinal);
            await db.SaveChangesAsync();
            Assert.Empty((await Engines.Sqlite(db).SearchAsync(SearchQuery.Parse("pyongyang"), 1, 10, now)).Hits);

            db.Articles.Remove(story);
            await db.SaveChangesAsync();
            Assert.Empty((await Engines.Sqlite(db).SearchAsync(SearchQuery.Parse("munitions"), 1, 10, now)).Hits);
        }
    }

    [Fact]
    public async Task A_prefix_finds_whole_words_and_withdrawn_stories_stay_out()
    {
        await using var store = await TestStore.CreateAsync();
        await ImporterTests.Importer(store).ImportFileAsync(SeedFiles.First, dryRun: false);
        await using var db = store.CreateDbContext();
        var search = Engines.Sqlite(db);

        var found = await search.SearchAsync(SearchQuery.Parse("hospit"), 1, 10, DateTime.UtcNow);
        Assert.Equal(1, found.Total);

        await db.Articles.Where(a => a.Id == found.Hits[0].ArticleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Withdrawn));
        Assert.Equal(0, (await search.SearchAsync(SearchQuery.Parse("hospit"), 1, 10, DateTime.UtcNow)).Total);
    }

    [Fact]
    public async Task The_last_term_finds_every_word_it_begins_however_the_index_spells_it()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.CreateDbContext();
        var now = DateTime.UtcNow;
        await FileAsync(db, now, [("Quokkas on the ferry", "Two boarded."), ("Census", "One quokka counted."), ("Café society", "It opened."),
            // Seventeen words begin with "zq": more than are named one by one, so the prefix stays.
            ("Letters", string.Join(' ', Enumerable.Range('a', 17).Select(c => "zq" + (char)c)))]);
        var search = Engines.Sqlite(db);
        async Task<int> TotalAsync(string text) => (await search.SearchAsync(SearchQuery.Parse(text), 1, 10, now)).Total;

        var quok = await search.SearchAsync(SearchQuery.Parse("quok"), 1, 10, now);

        Assert.Equal(2, quok.Total);
        Assert.Contains(quok.Hits, h => h.SnippetHtml.Contains("<mark>Quokkas</mark>", StringComparison.Ordinal));
        Assert.Contains(quok.Hits, h => h.SnippetHtml.Contains("<mark>quokka</mark>", StringComparison.Ordinal));
        Assert.Equal(2, await TotalAsync("quokka"));
        Assert.Equal(1, await TotalAsync("cafe"));
        Assert.Equal(1, await TotalAsync("café"));
        Assert.Equal(1, await TotalAsync("CAF"));
        Assert.Equal(1, await TotalAsync("zq"));
        Assert.Equal(1, await TotalAsync("zqq"));
        Assert.Equal(0, await TotalAsync("quokkaz"));
        Assert.Equal(0, await TotalAsync("ferry quokkaz"));
    }

    [Fact]
    public async Task Snippets_are_HTML_encoded_around_the_marks()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.CreateDbContext();
        var now = DateTime.UtcNow;
        db.Articles.Add(new Article
        {
            Slug = "markup",
            Headline = "Markup in a story",
            HeadlineKey = "markup in a story",
            Body = "An editor typed <script>alert('quokka')</script> & <b>quokka</b> here.",
            SectionId = await db.Sections.Select(s => s.Id).FirstAsync(),
            Status = ArticleStatus.Published,
            PublishedAt = now.AddMinutes(-1),
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync();

        var hit = Assert.Single((await Engines.Sqlite(db).SearchAsync(SearchQuery.Parse("quokka"), 1, 10, now)).Hits);

        Assert.Equal("An editor typed &lt;script&gt;alert(&#x27;<mark>quokka</mark>&#x27;)&lt;/script&gt; &amp; &lt;b&gt;<mark>quokka</mark>&lt;/b&gt; here.", hit.SnippetHtml);
    }

    [Fact]
    public async Task Only_the_newest_matches_are_ranked_and_the_results_say_older_ones_were_left_out()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.CreateDbContext();
        var now = DateTime.UtcNow;
        // Filed in this order: the best match of all (the word in its headline) is the oldest.
        await FileAsync(db, now, [("Quokka census opens", "Rangers count them."), ("Ferry timetable", "A quokka boarded."),
            ("Harbour works", "A quokka watched."), ("Quokka sighting in town", "Crowds gathered."), ("Weather", "A quokka sunbathed.")]);

        var found = await Engines.Sqlite(db, newestMatches: 3).SearchAsync(SearchQuery.Parse("quokka"), 1, 10, now);

        Assert.Equal(["Quokka sighting in town", "Weather", "Harbour works"], await HeadlinesAsync(db, found));
        Assert.Equal(3, found.Total);
        Assert.True(found.HasOlderMatches);
    }

    [Fact]
    public async Task Pages_run_over_the_newest_matches_only_and_a_page_past_them_is_empty()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.CreateDbContext();
        var now = DateTime.UtcNow;
        await FileAsync(db, now, [.. Enumerable.Range(1, 7).Select(i => ($"Wombat report {i}", "The wombat count rose."))]);
        var search = Engines.Sqlite(db, newestMatches: 5);

        var pages = new List<SearchResults>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await search.SearchAsync(SearchQuery.Parse("wombat"), page, 2, now));
        }

        // Equal ranks: the later publishing date first (report 7 is the newest).
        Assert.Equal(["Wombat report 7", "Wombat report 6"], await HeadlinesAsync(db, pages[0]));
        Assert.Equal(["Wombat report 5", "Wombat report 4"], await HeadlinesAsync(db, pages[1]));
        Assert.Equal(["Wombat report 3"], await HeadlinesAsync(db, pages[2]));
        Assert.Empty(pages[3].Hits);
        Assert.All(pages, p => Assert.Equal((5, true), (p.Total, p.HasOlderMatches)));
    }

    [Fact]
    public async Task Hidden_stories_take_no_place_among_the_newest_and_exactly_the_bound_leaves_nothing_out()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.CreateDbContext();
        var now = DateTime.UtcNow;
        await FileAsync(db, now, [("Numbat survey", "The numbat is shy."), ("Numbat habitat", "A numbat burrow.")]);
        await FileAsync(db, now, [("Numbat draft", "A numbat, not ready.")], ArticleStatus.Draft);
        await FileAsync(db, now, [("Numbat tomorrow", "A numbat, not yet.")], ArticleStatus.Scheduled);

        var found = await Engines.Sqlite(db, newestMatches: 2).SearchAsync(SearchQuery.Parse("numbat"), 1, 10, now);

        Assert.Equal(2, found.Hits.Count);
        Assert.Equal(2, found.Total);
        Assert.False(found.HasOlderMatches);
    }

    [Fact]
    public async Task A_tie_in_rank_across_a_page_break_goes_to_the_later_date_whatever_the_filing_order()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.CreateDbContext();
        var now = DateTime.UtcNow;
        // Filed oldest-dated last, as an archive import would: ids do not follow dates.
        await FileAsync(db, now, [.. Enumerable.Range(1, 5).Select(i => ($"Bilby note {i}", "The bilby returned."))], hoursApart: -1);
        var search = Engines.Sqlite(db);

        var first = await search.SearchAsync(SearchQuery.Parse("bilby"), 1, 2, now);
        var second = await search.SearchAsync(SearchQuery.Parse("bilby"), 2, 2, now);

        Assert.Equal(["Bilby note 1", "Bilby note 2"], await HeadlinesAsync(db, first));
        Assert.Equal(["Bilby note 3", "Bilby note 4"], await HeadlinesAsync(db, second));
    }

    // Each story filed after the one before it, and dated an hour after it (or before it, with hoursApart -1).
    private static async Task FileAsync(
        NewsSiteDb db, DateTime now, (string Headline, string Body)[] stories, ArticleStatus status = ArticleStatus.Published, int hoursApart = 1)
    {
        var sectionId = await db.Sections.Select(s => s.Id).FirstAsync();
        for (var i = 0; i < stories.Length; i++)
        {
            var (headline, body) = stories[i];
            db.Articles.Add(new Article
            {
                Slug = Slug.From(headline),
                Headline = headline,
                HeadlineKey = HeadlineKey.From(headline),
                Body = body,
                SectionId = sectionId,
                Status = status,
                PublishedAt = status == ArticleStatus.Scheduled ? now.AddDays(1) : now.AddDays(-1).AddHours(hoursApart * i),
                CreatedAt = now,
                UpdatedAt = now,
            });
            // One save per story, so that ids follow the order given.
            await db.SaveChangesAsync();
        }
    }

    // Stories the index holds with this word, whether readers may see them or not.
    private static Task<int> IndexedAsync(NewsSiteDb db, string word) =>
        db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH {word}""").SingleAsync();

    private static Task<int> WordsAsync(NewsSiteDb db, string prefix) =>
        db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ArticleSearchWords" WHERE "Word" LIKE {prefix + "%"}""").SingleAsync();

    private static async Task<List<string>> HeadlinesAsync(NewsSiteDb db, SearchResults found)
    {
        var ids = found.Hits.Select(h => h.ArticleId).ToList();
        var headlines = await db.Articles.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Headline);
        return [.. ids.Select(id => headlines[id])];
    }
}
