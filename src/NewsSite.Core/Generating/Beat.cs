namespace NewsSite.Generating;

/// <summary>
/// What one section writes about: who acts, what they do (headline and past tense), what to, and the tags
/// its stories carry. <see cref="Section"/> is a <see cref="Sections.StandardSections"/> slug.
/// </summary>
internal sealed record Beat(
    string Section,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<(string Headline, string Past)> Actions,
    IReadOnlyList<string> Objects,
    IReadOnlyList<string> Tags);
