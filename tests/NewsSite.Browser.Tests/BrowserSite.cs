using System.Globalization;
using Microsoft.Playwright;
using NewsSite.Browser.Tests;
using NewsSite.Browser.Tests.Newsroom;

[assembly: AssemblyFixture(typeof(BrowserSite))]

namespace NewsSite.Browser.Tests;

/// <summary>
/// One live site and one Chromium for the whole assembly: starting either takes seconds, and readers only read,
/// so tests share no state beyond the seeded store. Each test gets its own browser context (cookies, storage).
/// </summary>
public sealed class BrowserSite : IAsyncDisposable
{
    private readonly Lazy<Task<Chromium>> _chromium = new(Chromium.LaunchAsync);
    private readonly Lazy<Task<NewsroomSite>> _newsroom;

    public BrowserSite() => _newsroom = new(() => NewsroomSite.OpenAsync(this));

    public LiveSite Site { get; } = new();

    /// <summary>A fresh tab at the given width; dispose its <see cref="IPage.Context"/> when done.</summary>
    public Task<IPage> NewTabAsync(Viewport viewport) => NewTabAsync(viewport, Site);

    /// <summary>
    /// A fresh tab on <paramref name="site"/>, with a signed-in user's cookies when <paramref name="storageState"/> holds them
    /// (<see cref="IBrowserContext.StorageStateAsync"/>). <paramref name="bypassCsp"/> turns the page's Content-Security-Policy
    /// off, for tests that must see what the markup alone would let run.
    /// </summary>
    public async Task<IPage> NewTabAsync(Viewport viewport, LiveSite site, string? storageState = null, bool bypassCsp = false)
    {
        ArgumentNullException.ThrowIfNull(viewport);
        ArgumentNullException.ThrowIfNull(site);
        // Launched on first use, so a missing Chromium fails the browser tests but not the HTML checks.
        var chromium = await _chromium.Value;
        var context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new() { Width = viewport.Width, Height = viewport.Height },
            StorageState = storageState,
            BypassCSP = bypassCsp,
        });
        return await context.NewPageAsync();
    }

    /// <summary>The newsroom's own live site with an Admin signed in and a story, tag, section and ad to show; started on first use.</summary>
    public Task<NewsroomSite> NewsroomAsync() => _newsroom.Value;

    /// <summary>Opens a reader page and fails unless the site answered as <see cref="ReaderPages.StatusOf"/> says.</summary>
    public static async Task OpenAsync(IPage tab, string path)
    {
        var expected = ReaderPages.StatusOf(path);
        var response = await tab.GotoAsync(path);
        Assert.True(response?.Status == expected, $"{path} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}, not {expected}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_newsroom.IsValueCreated && _newsroom.Value.IsCompletedSuccessfully)
        {
            await _newsroom.Value.Result.DisposeAsync();
        }

        if (_chromium.IsValueCreated && _chromium.Value.IsCompletedSuccessfully)
        {
            await _chromium.Value.Result.DisposeAsync();
        }
        await Site.DisposeAsync();
    }
}
