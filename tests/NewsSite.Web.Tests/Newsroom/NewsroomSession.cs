using System.Net;
using AngleSharp.Html.Dom;
using NewsSite.Newsroom;

namespace NewsSite.Web.Tests.Newsroom;

/// <summary>
/// One newsroom user's browser on the test site: a client that keeps cookies and does not follow redirects, signed in
/// as <see cref="User"/>. Forms are read from the page first, so every post carries the page's antiforgery token.
/// </summary>
public sealed class NewsroomSession(HttpClient client, NewsroomUser user, string password) : IDisposable
{
    public HttpClient Client => client;

    public NewsroomUser User => user;

    public string Password => password;

    public async Task<(HttpStatusCode Status, IHtmlDocument Page)> GetAsync(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await HtmlForms.ParseAsync(response));
    }

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var (status, page) = await GetAsync(url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}");
        return page;
    }

    /// <summary>Opens <paramref name="url"/>, fills the form <paramref name="formSelector"/> picks and submits it. The caller disposes the answer.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formSelector, IReadOnlyDictionary<string, string>? values = null)
    {
        var page = await GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"{url} has no form matching '{formSelector}'.");
        using var content = new FormUrlEncodedContent(HtmlForms.Fields(form, values));
        return await client.PostAsync(HtmlForms.Target(form, url), content);
    }

    /// <summary>Like <see cref="SubmitAsync"/>, for when only the status and the redirect matter.</summary>
    public async Task<(HttpStatusCode Status, Uri? Location)> PostFormAsync(string url, string formSelector, IReadOnlyDictionary<string, string>? values = null)
    {
        using var response = await SubmitAsync(url, formSelector, values);
        return (response.StatusCode, response.Headers.Location);
    }

    public void Dispose() => client.Dispose();
}
