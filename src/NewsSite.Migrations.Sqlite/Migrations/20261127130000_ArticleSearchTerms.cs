using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The words of the search index, one row each (an fts5vocab table: a view of ArticleSearch, nothing stored), so
    /// that search can name the words a reader's last, unfinished term stands for (see NewsSite.Search.SqliteArticleSearch).
    /// Raw SQL: the model and its snapshot do not change.
    /// </summary>
    public partial class ArticleSearchTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE VIRTUAL TABLE "ArticleSearchTerms" USING fts5vocab('ArticleSearch', 'row');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticleSearchTerms";""");
        }
    }
}
