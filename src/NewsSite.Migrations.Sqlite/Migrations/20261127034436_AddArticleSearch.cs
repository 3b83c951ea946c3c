using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The FTS5 index behind reader search (see NewsSite.Search.SqliteArticleSearch): raw SQL, so the model and its
    /// snapshot do not change. An external-content table: the text stays in Articles, the index holds only tokens.
    /// </summary>
    /// <remarks>
    /// A later migration that rebuilds the Articles table (SQLite's way to alter a column) drops these triggers
    /// with it: such a migration must create them again (the test Search_triggers_survive_every_migration says so).
    /// The triggers write only to the index, never to Articles, so EF's RETURNING clause stays correct.
    /// </remarks>
    public partial class AddArticleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                    "Headline", "Summary", "Body",
                    content='Articles', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2');
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_AfterInsert_Search" AFTER INSERT ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" (rowid, "Headline", "Summary", "Body")
                    VALUES (new."Id", new."Headline", new."Summary", new."Body");
                END;
                """);

            // An external-content index forgets a row only when told the exact text it indexed.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_AfterDelete_Search" AFTER DELETE ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, "Headline", "Summary", "Body")
                    VALUES ('delete', old."Id", old."Headline", old."Summary", old."Body");
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_AfterUpdate_Search" AFTER UPDATE OF "Headline", "Summary", "Body" ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, "Headline", "Summary", "Body")
                    VALUES ('delete', old."Id", old."Headline", old."Summary", old."Body");
                    INSERT INTO "ArticleSearch" (rowid, "Headline", "Summary", "Body")
                    VALUES (new."Id", new."Headline", new."Summary", new."Body");
                END;
                """);

            migrationBuilder.Sql("""INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_AfterUpdate_Search";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_AfterDelete_Search";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_AfterInsert_Search";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticleSearch";""");
        }
    }
}
