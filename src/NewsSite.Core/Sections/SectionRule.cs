using System.Text.RegularExpressions;

namespace NewsSite.Sections;

/// <summary>
/// Picks a section for an imported story, which carries none. Each section has keywords; a keyword in the
/// headline scores 3, in the body 1 (each keyword once). The best score wins, ties going to the earlier
/// section in <see cref="Keywords"/>. With no keyword at all, a dateline in India means India, any other
/// dateline World, and no dateline India. Editors can move any story afterwards.
/// </summary>
public static partial class SectionRule
{
    public static IReadOnlyList<(string Section, string[] Words)> Keywords { get; } =
    [
        (StandardSections.Sports, ["cricket", "test", "odi", "t20", "ipl", "wicket", "wickets", "innings", "gabba", "bcci", "football",
            "tennis", "hockey", "olympics", "olympic", "tournament", "world cup", "stadium", "batter", "bowler", "fifa", "grand slam", "medal", "match"]),
        (StandardSections.Entertainment, ["film", "films", "movie", "actor", "actress", "bollywood", "hollywood", "music", "singer",
            "album", "box office", "netflix", "celebrity", "web series", "trailer", "oscar", "director"]),
        (StandardSections.Business, ["market", "markets", "stocks", "sensex", "nifty", "shares", "rupee", "economy", "gdp", "inflation",
            "rbi", "company", "profit", "revenue", "investors", "startup", "tax", "budget", "exports", "imports"]),
        (StandardSections.World, ["russia", "ukraine", "china", "korea", "korean", "pakistan", "united states", "u.s.", "nato",
            "united nations", "israel", "gaza", "iran", "putin", "biden", "trump", "europe", "japan", "war", "missiles"]),
        (StandardSections.India, ["india", "indian", "lok sabha", "rajya sabha", "parliament", "bjp", "congress", "modi", "delhi",
            "mumbai", "supreme court", "union cabinet", "bengaluru", "kolkata", "chennai", "election commission"]),
    ];

    private static readonly HashSet<string> IndianPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "New Delhi", "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Bangalore", "Hyderabad", "Ahmedabad", "Pune",
        "Jaipur", "Lucknow", "Chandigarh", "Bhopal", "Patna", "Srinagar", "Guwahati", "Thiruvananthapuram", "Kochi", "Bhubaneswar",
        "Ranchi", "Raipur", "Dehradun", "Shimla", "Gandhinagar", "Panaji", "Imphal", "Shillong", "Agartala", "Aizawl", "Kohima",
        "Itanagar", "Gangtok", "Jammu", "Noida", "Gurugram", "Varanasi", "Amritsar", "Nagpur", "Indore", "Visakhapatnam",
    };

    public static string Choose(string headline, string body, string? datelinePlace)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(body);
        var inHeadline = Terms(headline);
        var inBody = Terms(body);

        string? best = null;
        var bestScore = 0;
        foreach (var (section, words) in Keywords)
        {
            var score = words.Sum(w => inHeadline.Contains(w) ? 3 : inBody.Contains(w) ? 1 : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (section, score);
            }
        }

        return best ?? (datelinePlace is null || IndianPlaces.Contains(datelinePlace) ? StandardSections.India : StandardSections.World);
    }

    // Single words and adjacent pairs, lower case, so "Lok Sabha" and "U.S." match as written.
    private static HashSet<string> Terms(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value.Replace('’', '\'')).ToList();
        var terms = new HashSet<string>(words, StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            terms.Add(words[i] + " " + words[i + 1]);
        }

        foreach (var word in words)
        {
            var possessive = word.IndexOf('\'', StringComparison.Ordinal);
            if (possessive > 0)
            {
                terms.Add(word[..possessive]);
            }
        }

        return terms;
    }

    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
