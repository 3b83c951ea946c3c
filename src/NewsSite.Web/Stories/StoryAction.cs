namespace NewsSite.Web.Stories;

/// <summary>The buttons of the story form; the value each posts is the lower-case name.</summary>
public enum StoryAction
{
    Draft,
    Publish,
    Schedule,
    Unpublish,
    Withdraw,
    Restore,
}

public static class StoryActions
{
    /// <summary>Everything but saving a draft changes what readers see, so it takes an Editor.</summary>
    public static bool NeedsEditor(this StoryAction action) => action is not (StoryAction.Draft);

    public static string Name(this StoryAction action) => action.ToString().ToLowerInvariant();

    public static StoryAction? Parse(string? value) =>
        Enum.TryParse<StoryAction>(value, ignoreCase: true, out var action) && Enum.IsDefined(action) ? action : null;
}
