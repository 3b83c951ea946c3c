namespace NewsSite.Browser.Tests.HtmlValidity;

public sealed class HtmlValidityTests(BrowserSite site)
{
    [Fact]
    public async Task Every_reader_page_is_valid_html()
    {
        var folder = Directory.CreateTempSubdirectory("newssite-html-").FullName;
        try
        {
            var pathOfFile = await SaveEveryPageAsync(folder);

            var errors = await NuHtmlChecker.CheckAsync([.. pathOfFile.Keys.Select(name => Path.Combine(folder, name))]);

            Assert.True(errors.Count == 0, "The Nu Html Checker found errors:\n" + string.Join("\n",
                errors.Select(e => $"{pathOfFile.GetValueOrDefault(e.FileName, e.FileName)} line {e.Line}, column {e.Column}: {e.Message}\n    {e.Extract.ReplaceLineEndings(" ")}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Each page's HTML as the server sends it, one file per page; returns the page path of each file name.</summary>
    private async Task<Dictionary<string, string>> SaveEveryPageAsync(string folder)
    {
        using var client = site.Site.CreateClient();
        var pathOfFile = new Dictionary<string, string>();
        foreach (var path in ReaderPages.Paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True((int)response.StatusCode == ReaderPages.StatusOf(path), $"{path} answered {(int)response.StatusCode}, not {ReaderPages.StatusOf(path)}.");
            var name = ReaderPages.FileNameOf(path) + ".html";
            await File.WriteAllTextAsync(Path.Combine(folder, name), await response.Content.ReadAsStringAsync());
            pathOfFile[name] = path;
        }
        return pathOfFile;
    }
}
