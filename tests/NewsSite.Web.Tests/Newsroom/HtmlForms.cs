using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsSite.Web.Tests.Newsroom;

/// <summary>Forms sent the way a browser sends them: every field the page holds (the antiforgery token too), with some values changed.</summary>
public static class HtmlForms
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The fields of <paramref name="form"/> as a browser would post them, then <paramref name="values"/> over them.</summary>
    public static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button" or "reset"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add(new(name, input.Type == "checkbox" && !input.HasAttribute("value") ? "on" : input.Value));
                    }

                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (selected is not null)
                    {
                        fields.Add(new(name, selected.Value));
                    }

                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } text:
                    fields.Add(new(name, text.Value));
                    break;
            }
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        return fields;
    }

    /// <summary>Where the form posts: its action, or the page's own address when it has none.</summary>
    public static Uri Target(IHtmlFormElement form, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(form);
        var action = form.GetAttribute("action");
        return new Uri(string.IsNullOrEmpty(action) ? pageUrl : action, UriKind.Relative);
    }
}
