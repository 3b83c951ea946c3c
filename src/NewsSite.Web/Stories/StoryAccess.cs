using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using NewsSite.Articles;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Stories;

/// <summary>Who may open and save which story: Editors and Admins any; Authors their own, and only as drafts.</summary>
public sealed class StoryAccess(IAuthorizationService authorization)
{
    public async Task<bool> IsEditorAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, NewsroomPolicies.Editor)).Succeeded;

    public async Task<bool> MayOpenAsync(ClaimsPrincipal user, Article article) =>
        IsOwn(user, article) || await IsEditorAsync(user);

    public async Task<bool> MayAsync(ClaimsPrincipal user, Article article, StoryAction action) =>
        await IsEditorAsync(user)
        || (action == StoryAction.Draft && IsOwn(user, article) && article.Status == ArticleStatus.Draft);

    private static bool IsOwn(ClaimsPrincipal user, Article article) =>
        article.AuthorId is { } author && author == user.FindFirstValue(ClaimTypes.NameIdentifier);
}
