using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReaderListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_SectionId_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Source_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SectionId_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "SectionId", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Source_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "Source", "PublishedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SectionId_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Source_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SectionId_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "SectionId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Source_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "Source", "Status", "PublishedAt" });
        }
    }
}
