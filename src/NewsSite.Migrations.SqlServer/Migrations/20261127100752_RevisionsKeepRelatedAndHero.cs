using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Migrations.SqlServer.Migrations
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
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HeroImageHeight",
                table: "Revisions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeroImageUrl",
                table: "Revisions",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HeroImageWidth",
                table: "Revisions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Related",
                table: "Revisions",
                type: "nvarchar(max)",
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
