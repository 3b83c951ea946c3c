using System.Net;
using System.Text.Json;
using NewsSite.Articles;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;
using TestStories = NewsSite.Web.Tests.Stories;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>The related picker's search: stories by headline words as JSON, ten at most, for newsroom members only.</summary>
public sealed class StoryLookupTests : IAsyncDisposable
{
    private readonly StoryDeskSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static async Task<List<JsonElement>> LookUpAsync(NewsroomSession session, string words)
    {
        using var response = await session.Client.GetAsync(new Uri("/admin/stories/lookup?q=" + Uri.EscapeDataString(words), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    [Fact]
    public async Task Stories_are_found_by_headline_words_with_id_slug_and_date()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        var when = new DateTime(2026, 7, 1, 6, 30, 0, DateTimeKind.Utc);
        var dams = await TestStories.AddAsync(_site, "Dams open as rivers rise in Idukki", publishedAt: when);
        await TestStories.AddAsync(_site, "Fishermen warned off the Kerala coast");

        var found = Assert.Single(await LookUpAsync(editor, "RIVERS rise"));

        Assert.Equal(dams.Id, found.GetProperty("id").GetInt32());
        Assert.Equal("Dams open as rivers rise in Idukki", found.GetProperty("headline").GetString());
        Assert.Equal("dams-open-as-rivers-rise-in-idukki", found.GetProperty("slug").GetString());
        Assert.Equal(when, found.GetProperty("publishedAt").GetDateTime().ToUniversalTime());
        Assert.Empty(await LookUpAsync(editor, ""));
    }

    [Fact]
    public async Task At_most_ten_come_back_newest_first()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        for (var i = 1; i <= 12; i++)
        {
            await TestStories.AddAsync(_site, $"Rain report number {i}", publishedAt: DateTime.UtcNow.AddHours(-20 + i));
        }

        var found = await LookUpAsync(editor, "rain report");

        Assert.Equal(10, found.Count);
        Assert.Equal("Rain report number 12", found[0].GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Authors_find_what_readers_see_and_their_own_drafts_but_not_others_drafts()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        using var author = await _site.SignInAsAsync(NewsroomRoles.Author);
        await TestStories.AddAsync(_site, "Dam report published");
        await TestStories.AddAsync(_site, "Dam report held back", ArticleStatus.Draft);
        await StoryDeskSite.WriteAsync(author, "Dam report of my own");

        Assert.Equal(["Dam report of my own", "Dam report published"], (await LookUpAsync(author, "dam report")).Select(f => f.GetProperty("headline").GetString()).Order());
        Assert.Equal(3, (await LookUpAsync(editor, "dam report")).Count);
    }

    [Fact]
    public async Task Strangers_are_sent_to_sign_in()
    {
        await _site.CreateUserAsync(NewsroomRoles.Admin);
        using var stranger = _site.Anonymous();

        using var response = await stranger.Client.GetAsync(new Uri("/admin/stories/lookup?q=dam", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
