using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin;

public sealed class ImportPageTests : IAsyncDisposable
{
    internal const string Kochi = "Saturday, December 14, 2024\nFloods in Kochi\nKochi, Dec 14: Rain fell. (PTI)\n";

    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    /// <summary>Posts the import form as a browser does: multipart, with the page's antiforgery token.</summary>
    internal static async Task<IReadOnlyList<string>> UploadAsync(NewsroomSession session, bool dryRun, params (string Name, byte[] Bytes)[] files)
    {
        var page = await session.GetPageAsync("/admin/import");
        var form = (IHtmlFormElement)page.QuerySelector("form.import-form")!;
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in HtmlForms.Fields(form, new Dictionary<string, string> { ["DryRun"] = dryRun ? "true" : "false" }))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "files", name);
        }

        using var response = await session.Client.PostAsync(HtmlForms.Target(form, "/admin/import"), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await HtmlForms.ParseAsync(response)).QuerySelectorAll(".import-results li").Select(li => li.TextContent).ToList();
    }

    internal static (string, byte[]) File(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Uploaded_pages_are_imported_with_a_line_each_like_the_command_line()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/news/floods-in-kochi")).Status);

        var lines = await UploadAsync(editor, dryRun: false, File("kochi.txt", Kochi), File("empty.txt", "spot_img\n"));

        Assert.Equal(["kochi.txt: imported (floods-in-kochi)", "empty.txt: rejected: the file holds only ad placeholders (spot_img), no story"], lines);
        Assert.Equal(HttpStatusCode.OK, (await _site.GetAsync("/news/floods-in-kochi")).Status);
        Assert.Equal(["kochi.txt: unchanged"], await UploadAsync(editor, dryRun: false, File("kochi.txt", Kochi)));
    }

    [Fact]
    public async Task A_dry_run_writes_nothing()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        var lines = await UploadAsync(editor, dryRun: true, File("kochi.txt", Kochi));

        Assert.Equal(["kochi.txt: would import (floods-in-kochi)"], lines);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/news/floods-in-kochi")).Status);
    }

    [Fact]
    public async Task Pages_over_the_size_limit_or_not_txt_are_rejected_with_the_reason()
    {
        using var editor = await _site.SignInAsAsync(NewsroomRoles.Editor);

        var lines = await UploadAsync(editor, dryRun: false, ("big.txt", new byte[300 * 1024]), File("story.html", Kochi));

        Assert.Equal(["big.txt: rejected: the file is 307,200 bytes, over the limit of 262,144", "story.html: rejected: not a .txt seed page"], lines);
    }
}
