using Microsoft.Playwright;

namespace NewsSite.Browser.Tests;

/// <summary>Clicks that lead to another page, and the wait for that page to have loaded.</summary>
public static class PageTurns
{
    /// <summary>
    /// Runs <paramref name="click"/> and returns the answer for the page it leads to (the first navigation answer
    /// <paramref name="lands"/> accepts), once that page says it has loaded.
    /// </summary>
    /// <remarks>
    /// Playwright's own "load" state was now and then never reported for the new page, though its
    /// <c>document.readyState</c> was "complete" (a 30 s timeout, after a form post and after a plain link alike), so
    /// the page being left is marked and the wait asks the new page itself.
    /// </remarks>
    public static async Task<IResponse> FollowAsync(IPage tab, Func<Task> click, Func<IResponse, bool>? lands = null)
    {
        await tab.EvaluateAsync("() => { window.__left = true; }");
        var response = await tab.RunAndWaitForResponseAsync(
            click, r => r.Request.IsNavigationRequest && r.Frame == tab.MainFrame && (lands is null || lands(r)));
        await tab.WaitForFunctionAsync("() => !window.__left && document.readyState === 'complete'");
        return response;
    }
}
