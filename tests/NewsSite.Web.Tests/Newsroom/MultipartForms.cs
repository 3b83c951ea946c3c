using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace NewsSite.Web.Tests.Newsroom;

/// <summary>A file for a form's file input: field name, the name the browser sends, its declared type, its bytes.</summary>
public sealed record UploadFile(string Field, string FileName, string ContentType, byte[] Bytes);

/// <summary>Forms with file inputs, sent as a browser sends them: multipart/form-data with every field of the page's form.</summary>
public static class MultipartForms
{
    /// <summary>Opens <paramref name="url"/>, fills its form, attaches <paramref name="files"/> and posts. The caller disposes the answer.</summary>
    public static async Task<HttpResponseMessage> SubmitWithFilesAsync(
        this NewsroomSession session, string url, string formSelector, IReadOnlyDictionary<string, string>? values, params UploadFile[] files)
    {
        ArgumentNullException.ThrowIfNull(session);
        return await session.PostWithFilesAsync(await session.GetPageAsync(url), url, formSelector, values, files);
    }

    /// <summary>Posts the form of a page already open (one that came back with errors, say).</summary>
    public static async Task<HttpResponseMessage> PostWithFilesAsync(
        this NewsroomSession session, IHtmlDocument page, string url, string formSelector, IReadOnlyDictionary<string, string>? values, params UploadFile[] files)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(files);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"{url} has no form matching '{formSelector}'.");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var fileInputs = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "file").Select(i => i.Name).ToHashSet();
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in HtmlForms.Fields(form, values).Where(f => !fileInputs.Contains(f.Key)))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }

        return await session.Client.PostAsync(HtmlForms.Target(form, url), content);
    }
}
