using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using NewsSite.Articles;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Stories;

/// <summary>Who may open, save and delete which story: Editors and Admins any; Authors their own, and only as drafts.</summary>
public sealed class StoryAccess(IAuthorizationService authorization)
{
    public async Task<bool> IsEditorAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, NewsroomPolicies.Editor)).Succeeded;

    public async Task<bool> MayOpenAsync(ClaimsPrincipal user, Article article) =>
        IsOwn(user, article) || await IsEditorAsync(user);

    public async Task<bool> MayAsync(ClaimsPrincipal user, Article article, StoryAction action) =>
        await IsEditorAsync(user)
        || (action == StoryAction.Draft && IsOwn(user, article) && article.Status == ArticleStatus.Draft);

    /// <summary>Editors delete any story; Authors only their own drafts that readers never saw (nothing was ever published or scheduled).</summary>
    public async Task<bool> MayDeleteAsync(ClaimsPrincipal user, Article article) =>
        await IsEditorAsync(user)
        || (IsOwn(user, article) && article.Status == ArticleStatus.Draft && article.PublishedAt is null);

    private static bool IsOwn(ClaimsPrincipal user, Article article) =>
        article.AuthorId is { } author && author == user.FindFirstValue(ClaimTypes.NameIdentifier);
}
