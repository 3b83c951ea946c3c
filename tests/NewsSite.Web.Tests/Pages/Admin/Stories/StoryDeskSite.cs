using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.Articles;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>The site on a clock the test moves, with helpers to drive the story form.</summary>
public class StoryDeskSite : NewsSiteFactory
{
    public const string Form = "form.story-editor";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Writes a story on the new-story form with <paramref name="act"/>; returns its id.</summary>
    public static async Task<int> WriteAsync(NewsroomSession session, string headline, string act = "draft", string body = "First paragraph.\n\nSecond paragraph.")
    {
        var (status, location) = await session.PostFormAsync("/admin/stories/new", Form, Fields(headline, act, body));
        Assert.True(status == System.Net.HttpStatusCode.Redirect, $"Saving the new story answered {(int)status}");
        return int.Parse(location!.OriginalString.Split('/')[3], CultureInfo.InvariantCulture);
    }

    public static Dictionary<string, string> Fields(string headline, string act, string body = "First paragraph.") => new()
    {
        ["Form.Headline"] = headline,
        ["Form.Summary"] = headline + " in brief.",
        ["Form.Body"] = body,
        ["Form.Tags"] = "Monsoon, Kerala",
        ["act"] = act,
    };

    public static async Task<(System.Net.HttpStatusCode Status, Uri? Location)> ActAsync(NewsroomSession session, int id, string act, Dictionary<string, string>? values = null)
    {
        values ??= [];
        values["act"] = act;
        return await session.PostFormAsync($"/admin/stories/{id}/edit", Form, values);
    }

    public string LocalInput(DateTime utc) =>
        Services.GetRequiredService<SiteTime>().ToLocal(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    public async Task<Article> StoryAsync(int id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().Articles.AsNoTracking().Include(a => a.Tags).SingleAsync(a => a.Id == id);
    }
}
