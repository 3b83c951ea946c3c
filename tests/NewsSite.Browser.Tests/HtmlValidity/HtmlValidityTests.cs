namespace NewsSite.Browser.Tests.HtmlValidity;

public sealed class HtmlValidityTests(BrowserSite site)
{
    [Fact]
    public async Task Every_reader_page_is_valid_html()
    {
        using var client = site.Site.CreateClient();
        var htmlOfPage = new Dictionary<string, string>();
        foreach (var path in ReaderPages.Paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True((int)response.StatusCode == ReaderPages.StatusOf(path), $"{path} answered {(int)response.StatusCode}, not {ReaderPages.StatusOf(path)}.");
            htmlOfPage[path] = await response.Content.ReadAsStringAsync();
        }

        await AssertValidAsync(htmlOfPage);
    }

    [Fact]
    public async Task Every_newsroom_page_is_valid_html()
    {
        var newsroom = await site.NewsroomAsync();
        // The Admin's requests go through a browser context that holds their sign-in cookies; the body is the server's, unparsed.
        var admin = await site.NewTabAsync(Viewport.Desktop, newsroom.Site, newsroom.AdminState);
        await using var context = admin.Context;
        using var anonymous = newsroom.Site.CreateClient();
        var htmlOfPage = new Dictionary<string, string>();
        foreach (var page in AdminPages.Paths)
        {
            var path = newsroom.PathOf(page);
            if (AdminPages.IsSignedIn(page))
            {
                var response = await context.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });
                Assert.True(response.Status == 200, $"{path} answered {response.Status}, not 200.");
                htmlOfPage[page] = await response.TextAsync();
            }
            else
            {
                using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
                Assert.True((int)response.StatusCode == 200, $"{path} answered {(int)response.StatusCode}, not 200.");
                htmlOfPage[page] = await response.Content.ReadAsStringAsync();
            }
        }

        await AssertValidAsync(htmlOfPage);
    }

    /// <summary>Checks each page's HTML as the server sent it, one file per page, in one run of the checker.</summary>
    private static async Task AssertValidAsync(Dictionary<string, string> htmlOfPage)
    {
        var folder = Directory.CreateTempSubdirectory("newssite-html-").FullName;
        try
        {
            var pathOfFile = new Dictionary<string, string>();
            foreach (var (path, html) in htmlOfPage)
            {
                var name = ReaderPages.FileNameOf(path) + ".html";
                await File.WriteAllTextAsync(Path.Combine(folder, name), html);
                pathOfFile[name] = path;
            }

            var errors = await NuHtmlChecker.CheckAsync([.. pathOfFile.Keys.Select(name => Path.Combine(folder, name))]);

            Assert.True(errors.Count == 0, "The Nu Html Checker found errors:\n" + string.Join("\n",
                errors.Select(e => $"{pathOfFile.GetValueOrDefault(e.FileName, e.FileName)} line {e.Line}, column {e.Column}: {e.Message}\n    {e.Extract.ReplaceLineEndings(" ")}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
