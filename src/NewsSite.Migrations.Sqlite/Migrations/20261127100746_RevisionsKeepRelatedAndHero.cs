using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RevisionsKeepRelatedAndHero : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HeroImageAlt",
                table: "Revisions",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HeroImageHeight",
                table: "Revisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeroImageUrl",
                table: "Revisions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HeroImageWidth",
                table: "Revisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Related",
                table: "Revisions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HeroImageAlt",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "HeroImageHeight",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "HeroImageUrl",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "HeroImageWidth",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "Related",
                table: "Revisions");
        }
    }
}
