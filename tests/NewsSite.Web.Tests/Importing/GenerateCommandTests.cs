using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Generating;
using NewsSite.Importing;
using NewsSite.Store;

namespace NewsSite.Web.Tests.Importing;

public sealed class GenerateCommandTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private async Task<(int ExitCode, string[] Lines)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await SiteCommands.RunAsync(args, _site.Services, output);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task The_seeded_store_is_refused_without_force()
    {
        var (exitCode, lines) = await RunAsync("generate", "--articles", "20");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("refused: the store holds ", lines[^1], StringComparison.Ordinal);
        await using var scope = _site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().Articles.Generated().AnyAsync());
    }

    [Fact]
    public async Task With_force_it_adds_stories_and_prints_progress_and_a_summary()
    {
        var (exitCode, lines) = await RunAsync("generate", "--force", "--articles", "30", "--seed", "4", "--as-of", "2026-01-31", "--Serilog:MinimumLevel", "Warning");

        Assert.Equal(0, exitCode);
        Assert.Equal("generating 30 articles, seed 4, as of 2026-01-31", lines[0]);
        Assert.Contains("  30 / 30 articles", "  " + lines[^2], StringComparison.Ordinal);
        Assert.StartsWith("generated 30 articles (", lines[^1], StringComparison.Ordinal);
        await using var scope = _site.Services.CreateAsyncScope();
        Assert.Equal(30, await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().Articles.Generated().CountAsync());
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("generate", "--articles", "0")]
    [InlineData("generate", "--articles", "ten")]
    [InlineData("generate", "--articles", "10", "--as-of", "yesterday")]
    [InlineData("generate", "--articles", "10", "extra")]
    public async Task Without_a_valid_article_count_it_prints_usage(params string[] args)
    {
        var (exitCode, lines) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Equal([GenerateCommand.Usage], lines);
    }

    [Fact]
    public void Bare_flags_never_reach_configuration_where_they_would_swallow_the_next_switch() =>
        Assert.Equal(["generate", "--articles", "5", "--ConnectionStrings:NewsSite", "x"],
            SiteCommands.ConfigurationArgs(["generate", "--articles", "5", "--force", "--ConnectionStrings:NewsSite", "x"]));
}
