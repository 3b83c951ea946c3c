using Microsoft.AspNetCore.Mvc;
using NewsSite.Articles;

namespace NewsSite.Web.Stories;

/// <summary>
/// The search-and-pick widget over the story form's related-stories lines: <c>&lt;vc:related-picker lines="..." story="..." /&gt;</c>.
/// Rendered hidden with the chosen stories' headlines; js/related-picker.js shows it and keeps the lines in step.
/// </summary>
public sealed class RelatedPickerViewComponent(CuratedLinks curated) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? lines, Article story) =>
        View(new RelatedPickerView(await curated.DescribeAsync(lines, story, UserClaimsPrincipal, HttpContext.RequestAborted), story.Id));
}

public sealed record RelatedPickerView(IReadOnlyList<(string Line, FoundStory? Story)> Chosen, int StoryId);
