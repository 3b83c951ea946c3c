using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Store;
using NewsSite.Web.Stories;

namespace NewsSite.Web.Tests.Pages.Admin.Stories;

/// <summary>The store itself refuses a save over a newer one, even when both editors got past the form's check.</summary>
public sealed class StoryDeskTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task A_save_racing_another_comes_back_as_a_conflict_and_changes_nothing()
    {
        _ = _site.Server;
        await using var scope = _site.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<StoryDesk>();
        var id = await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().Articles.Select(a => a.Id).FirstAsync();
        var article = await desk.FindAsync(id, CancellationToken.None);
        var form = StoryForm.From(article!);

        await NewsSite.Web.Tests.Stories.WithStoreAsync(_site, async db =>
        {
            var other = await db.Articles.SingleAsync(a => a.Id == id);
            other.Headline = "The other editor's headline";
            await db.SaveChangesAsync();
        });

        form.Headline = "My headline";
        var editor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "editor-1"), new Claim(ClaimTypes.Name, "editor@newsroom.test")], "Test"));
        var conflict = await desk.SaveAsync(article!, form, StoryAction.Draft, editor, new ModelStateDictionary(), CancellationToken.None);

        Assert.NotNull(conflict);
        Assert.Equal("The other editor's headline", conflict.Headline);
        await NewsSite.Web.Tests.Stories.WithStoreAsync(_site, async db =>
        {
            Assert.Equal("The other editor's headline", (await db.Articles.SingleAsync(a => a.Id == id)).Headline);
            Assert.False(await db.Revisions.AnyAsync(r => r.ArticleId == id));
        });
    }
}
