using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Importing;
using NewsSite.Store;

namespace NewsSite.Web.Tests.Importing;

public sealed class ImportCommandTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();
    private readonly string _inbox = Directory.CreateTempSubdirectory("newssite-cli-").FullName;

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_inbox, recursive: true);
    }

    private async Task<(int ExitCode, string[] Lines)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await SiteCommands.RunAsync(args, _site.Services, output);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Importing_a_folder_prints_a_line_per_file_and_a_summary_and_fails_when_one_is_rejected()
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox, "a.txt"), "Saturday, December 14, 2024\nFloods in Kochi\nKochi, Dec 14: Rain fell. (PTI)\n");
        await File.WriteAllTextAsync(Path.Combine(_inbox, "b.txt"), "spot_img\n");

        var (exitCode, lines) = await RunAsync("import", _inbox);

        Assert.Equal(1, exitCode);
        Assert.Equal(["a.txt: imported (floods-in-kochi)", "b.txt: rejected: the file holds only ad placeholders (spot_img), no story", "2 file(s): 1 imported, 0 unchanged, 1 rejected"], lines);
        await using var scope = _site.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().Articles.AnyAsync(a => a.Slug == "floods-in-kochi"));
    }

    [Fact]
    public async Task Importing_the_seeds_again_is_unchanged_and_succeeds()
    {
        var seeds = SeedsOnFirstStart.SeedsFolder(_site.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
            _site.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>())!;

        var (exitCode, lines) = await RunAsync("import", seeds);

        Assert.Equal(0, exitCode);
        Assert.Equal(["000_d5342039318a5e7e.txt: unchanged", "1 file(s): 0 imported, 1 unchanged, 0 rejected"], lines);
    }

    [Fact]
    public async Task A_dry_run_writes_nothing()
    {
        var file = Path.Combine(_inbox, "story.txt");
        await File.WriteAllTextAsync(file, "Saturday, December 14, 2024\nQuiet day in Pune\nPune, Dec 14: Nothing happened.\n");

        var (exitCode, lines) = await RunAsync("import", file, "--dry-run");

        Assert.Equal(0, exitCode);
        Assert.Equal("story.txt: would import (quiet-day-in-pune)", lines[0]);
        await using var scope = _site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().Articles.AnyAsync(a => a.Slug == "quiet-day-in-pune"));
    }

    [Fact]
    public async Task Without_a_path_it_prints_usage()
    {
        var (exitCode, lines) = await RunAsync("import");

        Assert.Equal(2, exitCode);
        Assert.Equal(["usage: import <file-or-folder> [--dry-run]"], lines);
    }
}
