using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsSite.Articles;
using NewsSite.Core.Tests.Importing;
using NewsSite.Core.Tests.Store;
using NewsSite.Search;

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

        Assert.Equal(1, (await new SqliteArticleSearch(db).SearchAsync(SearchQuery.Parse("pyongyang"), 1, 10, DateTime.UtcNow)).Total);
    }

    [Fact]
    public async Task The_index_follows_imports_edits_and_deletions()
    {
        await using var store = await TestStore.CreateAsync();
        await ImporterTests.Importer(store).ImportFileAsync(SeedFiles.First, dryRun: false);
        var now = DateTime.UtcNow;

        await using (var db = store.CreateDbContext())
        {
            var found = await new SqliteArticleSearch(db).SearchAsync(SearchQuery.Parse("pyongyang"), 1, 10, now);
            var hit = Assert.Single(found.Hits);
            Assert.Equal(1, found.Total);
            Assert.Contains("<mark>Pyongyang</mark>", hit.SnippetHtml, StringComparison.Ordinal);

            var story = await db.Articles.SingleAsync(a => a.Id == hit.ArticleId);
            story.Body = story.Body.Replace("Pyongyang", "the North", StringComparison.Ordinal);
            await db.SaveChangesAsync();
            Assert.Empty((await new SqliteArticleSearch(db).SearchAsync(SearchQuery.Parse("pyongyang"), 1, 10, now)).Hits);

            db.Articles.Remove(story);
            await db.SaveChangesAsync();
            Assert.Empty((await new SqliteArticleSearch(db).SearchAsync(SearchQuery.Parse("munitions"), 1, 10, now)).Hits);
        }
    }

    [Fact]
    public async Task A_prefix_finds_whole_words_and_withdrawn_stories_stay_out()
    {
        await using var store = await TestStore.CreateAsync();
        await ImporterTests.Importer(store).ImportFileAsync(SeedFiles.First, dryRun: false);
        await using var db = store.CreateDbContext();
        var search = new SqliteArticleSearch(db);

        var found = await search.SearchAsync(SearchQuery.Parse("hospit"), 1, 10, DateTime.UtcNow);
        Assert.Equal(1, found.Total);

        await db.Articles.Where(a => a.Id == found.Hits[0].ArticleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Withdrawn));
        Assert.Equal(0, (await search.SearchAsync(SearchQuery.Parse("hospit"), 1, 10, DateTime.UtcNow)).Total);
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

        var hit = Assert.Single((await new SqliteArticleSearch(db).SearchAsync(SearchQuery.Parse("quokka"), 1, 10, now)).Hits);

        Assert.Equal("An editor typed &lt;script&gt;alert(&#x27;<mark>quokka</mark>&#x27;)&lt;/script&gt; &amp; &lt;b&gt;<mark>quokka</mark>&lt;/b&gt; here.", hit.SnippetHtml);
    }
}
