using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NewsSite.Articles;

namespace NewsSite.Store.Configurations;

/// <summary>
/// A revision's related stories as the JSON text of its column: <c>[{"id":12,"headline":"…","slug":"…"}]</c>.
/// Public, with its reader and writer: the compiled models in the migrations projects call them.
/// </summary>
public static class RelatedJson
{
    // The text lives in the store, never in a page, so non-ASCII headlines stay readable instead of \u-escaped.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ValueConverter<List<RelatedAsSaved>?, string?> Converter { get; } = new(
        list => Write(list),
        json => Read(json));

    // Revisions are never edited, but the change tracker still compares lists by their items.
    public static ValueComparer<List<RelatedAsSaved>?> Comparer { get; } = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        list => list == null ? 0 : list.Aggregate(0, (hash, story) => HashCode.Combine(hash, story)),
        list => list == null ? null : list.ToList());

    public static string? Write(List<RelatedAsSaved>? list) => list is null ? null : JsonSerializer.Serialize(list, Options);

    public static List<RelatedAsSaved>? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<List<RelatedAsSaved>>(json, Options);
}
