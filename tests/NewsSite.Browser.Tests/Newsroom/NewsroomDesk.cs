using System.Globalization;
using Microsoft.Playwright;

namespace NewsSite.Browser.Tests.Newsroom;

/// <summary>
/// A newsroom user at work in one tab: signs in through the sign-in page and fills the admin's forms by their labels and
/// buttons, as a person would. Each form post must land on a page that answers 200.
/// </summary>
public sealed class NewsroomDesk(IPage tab)
{
    public IPage Tab => tab;

    public async Task OpenAsync(string path)
    {
        var response = await tab.GotoAsync(path);
        Assert.True(response?.Status == 200, $"{path} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}, not 200.");
    }

    public async Task SignInAsync(string email, string password)
    {
        await OpenAsync("/admin/sign-in");
        await tab.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await tab.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await SubmitAsync("Sign in");
        Assert.True(new Uri(tab.Url).AbsolutePath == "/admin", $"Signing in as {email} ended on {tab.Url}: {await FormErrorsAsync()}");
    }

    public async Task SignOutAsync()
    {
        await SubmitAsync("Sign out");
        Assert.Equal("/admin/sign-in", new Uri(tab.Url).AbsolutePath);
    }

    /// <summary>An Admin adds a user at /admin/users/new.</summary>
    public async Task AddUserAsync(string email, string displayName, string role, string password)
    {
        await OpenAsync("/admin/users/new");
        await tab.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await tab.GetByLabel("Display name", new() { Exact = true }).FillAsync(displayName);
        await tab.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = role });
        await tab.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await tab.GetByLabel("Confirm the password", new() { Exact = true }).FillAsync(password);
        await SubmitAsync("Add the user");
        Assert.True(new Uri(tab.Url).AbsolutePath == "/admin/users", $"Adding {email} ended on {tab.Url}: {await FormErrorsAsync()}");
    }

    /// <summary>Writes <paramref name="draft"/> on the new-story form and presses <paramref name="button"/>; returns the story's edit page.</summary>
    public async Task<string> WriteStoryAsync(StoryDraft draft, string button = "Publish now")
    {
        ArgumentNullException.ThrowIfNull(draft);
        await OpenAsync("/admin/stories/new");
        await FillStoryAsync(draft);
        await SubmitAsync(button);
        var path = new Uri(tab.Url).AbsolutePath;
        Assert.True(path.EndsWith("/edit", StringComparison.Ordinal) && path != "/admin/stories/new",
            $"Saving '{draft.Headline}' ended on {tab.Url}: {await FormErrorsAsync()}");
        return path;
    }

    /// <summary>Fills the story form of the page open in the tab (new or edit).</summary>
    public async Task FillStoryAsync(StoryDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await tab.GetByLabel("Headline", new() { Exact = true }).FillAsync(draft.Headline);
        await tab.GetByLabel("Summary", new() { Exact = true }).FillAsync(draft.Summary);
        await tab.GetByLabel("Body (Markdown)").FillAsync(draft.Body);
        await tab.GetByLabel("Dateline place").FillAsync(draft.DatelinePlace ?? "");
        await tab.GetByLabel("Byline", new() { Exact = true }).FillAsync(draft.Byline ?? "");
        await tab.GetByLabel("Section", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = draft.Section });
        await tab.GetByLabel("Tags (comma-separated)").FillAsync(string.Join(", ", draft.Tags));
    }

    /// <summary>Presses the button named <paramref name="button"/> and waits for the page the post leads to.</summary>
    public async Task SubmitAsync(string button)
    {
        // A post answered with a redirect lands on the page it leads to: wait for that page, not for the 302.
        var response = await PageTurns.FollowAsync(
            tab, () => tab.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync(), r => r.Status is < 300 or >= 400);
        Assert.True(response.Status == 200, $"Pressing '{button}' led to {response.Url}, which answered {response.Status}.");
    }

    /// <summary>The link the edit page gives to the story's reader page (published stories only).</summary>
    public async Task<string> ReaderPathAsync()
    {
        var href = await tab.GetByRole(AriaRole.Link, new() { Name = "Reader page", Exact = true }).GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href), $"{tab.Url} has no link to the reader page.");
        return href;
    }

    private async Task<string> FormErrorsAsync() =>
        string.Join(" ", await tab.Locator(".form-errors li, .field-error").AllTextContentsAsync()).Trim();
}
