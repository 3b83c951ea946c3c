namespace NewsSite.Browser.Tests.Newsroom;

/// <summary>What an editor types into the story form; <see cref="Section"/> is the name shown in its list.</summary>
public sealed record StoryDraft(
    string Headline, string Summary, string Body, string Section, IReadOnlyList<string> Tags, string? DatelinePlace = null, string? Byline = null);
