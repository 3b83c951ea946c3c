using System.Globalization;
using System.Text;
using NewsSite.Articles;

namespace NewsSite.Generating;

/// <summary>
/// Writes a generated story's Markdown body: paragraphs of newsroom sentences about the headline's subject,
/// sometimes a subheading or a pull quote, until the word count (as <see cref="Terms.CountWords"/> counts) reaches a target.
/// </summary>
internal sealed class StoryBody(Beat beat, string subject, (string Headline, string Past) action, string topic, string? place)
{
    public const int MinWords = 300;
    public const int MaxWords = 900;

    // No sentence runs past 40 words and no subheading past 10, so aiming below MaxWords by both keeps the body within bounds.
    private const int LongestSentence = 40;

    private readonly StringBuilder _body = new(8192);
    private readonly StringBuilder _paragraph = new(1024);
    private int _words;

    public string Lead { get; private set; } = "";

    public string Write(ref Dice dice)
    {
        var target = dice.Between(MinWords + 20, MaxWords - LongestSentence - 10);
        Lead = LeadSentence(ref dice) + " " + Sentence(ref dice);
        Append(MarkdownText.Escape(Lead));
        var subheadingAt = dice.Chance(0.35) ? dice.Between(2, 4) : -1;
        var quoteAt = dice.Chance(0.3) ? dice.Between(1, 5) : -1;
        for (var paragraph = 1; _words < target; paragraph++)
        {
            if (paragraph == subheadingAt)
            {
                Append("## " + Capital(dice.Pick(Newsroom.Qualities)) + " " + dice.Pick(beat.Objects));
            }

            if (paragraph == quoteAt)
            {
                Append("> " + MarkdownText.Escape("\u201c" + Capital(Quote(ref dice)) + ".\u201d"));
                continue;
            }

            _paragraph.Clear();
            var words = 0;
            for (var s = dice.Between(2, 4); s > 0 && _words + words < target; s--)
            {
                var sentence = Sentence(ref dice);
                _paragraph.Append(_paragraph.Length > 0 ? " " : "").Append(sentence);
                words += Terms.CountWords(sentence);
            }

            Append(MarkdownText.Escape(_paragraph.ToString()), words);
        }

        return _body.ToString();
    }

    // Escaping adds only backslashes, which are not words, so a paragraph's count can come from its sentences.
    private void Append(string block, int? words = null)
    {
        _body.Append(_body.Length > 0 ? "\n\n" : "").Append(block);
        _words += words ?? Terms.CountWords(block);
    }

    private string LeadSentence(ref Dice dice) =>
        $"{subject} {action.Past} the {topic}{(place is null ? "" : " in " + place)} on {Weekday(ref dice)}, {Closer(ref dice)}.";

    private string Sentence(ref Dice dice) => dice.Next(9) switch
    {
        0 => $"{dice.Pick(Newsroom.Openers)} the {dice.Pick(Newsroom.Qualities)} change to the {topic} would take effect in stages, {Closer(ref dice)}.",
        1 => $"{dice.Pick(beat.Subjects)} {dice.Pick(beat.Actions).Past} the {dice.Pick(beat.Objects)} last month, {Closer(ref dice)}.",
        2 => $"Around {Number(ref dice)} people were directly affected, {dice.Pick(Newsroom.Roles)} said.",
        3 => $"\u201c{Capital(Quote(ref dice))},\u201d said {Name(ref dice)}, {dice.Pick(Newsroom.Roles)}.",
        4 => $"{dice.Pick(Newsroom.Openers)} {subject} had faced {dice.Pick(Newsroom.Qualities)} pressure over the {dice.Pick(beat.Objects)}.",
        5 => $"The figures for {Number(ref dice)} cases showed a {dice.Pick(Newsroom.Qualities)} shift compared with the previous quarter.",
        6 => $"Observers in {dice.Pick(Places.All)} said the {topic} could set an example, {Closer(ref dice)}.",
        7 => $"It was not immediately clear how the {dice.Pick(beat.Objects)} would be funded or who would oversee it.",
        _ => $"{dice.Pick(Newsroom.Openers)} {dice.Pick(beat.Subjects)} {dice.Pick(beat.Actions).Past} a {dice.Pick(Newsroom.Qualities)} plan on the {topic}.",
    };

    private string Quote(ref Dice dice) => dice.Next(4) switch
    {
        0 => $"we have waited a long time for the {topic}, and people deserve clear answers",
        1 => $"the {dice.Pick(beat.Objects)} and the {topic} have to be seen together, not one at a time",
        2 => $"this is a {dice.Pick(Newsroom.Qualities)} moment and everyone involved knows it",
        _ => $"nobody expected {subject} to move this quickly on the {topic}",
    };

    private static string Closer(ref Dice dice) => dice.Pick(Newsroom.Closers);

    private static string Name(ref Dice dice) => dice.Pick(Newsroom.FirstNames) + " " + dice.Pick(Newsroom.LastNames);

    private static string Number(ref Dice dice) => (dice.Between(2, 900) * 10).ToString("N0", CultureInfo.InvariantCulture);

    private static string Weekday(ref Dice dice) => ((DayOfWeek)dice.Next(7)).ToString();

    internal static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
