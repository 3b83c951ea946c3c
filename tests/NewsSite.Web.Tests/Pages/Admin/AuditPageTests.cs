using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Newsroom;
using NewsSite.Store;
using NewsSite.Web.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin;

public sealed class AuditPageTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task Sign_ins_failures_account_changes_and_sign_outs_are_recorded_and_listed_newest_first()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        var author = await _site.CreateUserAsync(NewsroomRoles.Author);
        using (var stranger = _site.Anonymous())
        {
            await stranger.PostFormAsync("/admin/sign-in", "main form", NewsroomAccounts.SignInFields(author.Email!, "Wrong-password-1"));
        }

        var row = $"tr[data-user='{author.Email}']";
        await admin.PostFormAsync("/admin/users", $"{row} form.role-form", new Dictionary<string, string> { ["role"] = NewsroomRoles.Editor });
        await admin.PostFormAsync("/admin/users", $"{row} form.lock-form");
        await admin.PostFormAsync("/admin/users", $"{row} form.lock-form");
        await admin.PostFormAsync("/admin/users/new", "main form", new Dictionary<string, string>
        {
            ["Form.Email"] = "desk@newsroom.test",
            ["Form.DisplayName"] = "Desk",
            ["Form.Role"] = NewsroomRoles.Author,
            ["Form.Password"] = NewsroomAccounts.Password,
            ["Form.ConfirmPassword"] = NewsroomAccounts.Password,
        });

        var log = await admin.GetPageAsync("/admin/audit");
        var rows = log.QuerySelectorAll("table.audit tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();

        Assert.Equal([AuditActions.UserCreated, AuditActions.UserUnlocked, AuditActions.UserLocked, AuditActions.RoleChanged, AuditActions.SignInFailed, AuditActions.SignedIn],
            rows.Select(r => r[2]));
        Assert.All(rows.Take(4), r => Assert.Equal(admin.User.Email, r[1]));
        Assert.Equal(["anonymous", author.Email!, "wrong password"], [rows[4][1], rows[4][3], rows[4][4]]);
        Assert.Equal("Author → Editor", rows[3][4]);

        await admin.PostFormAsync("/admin", "form.sign-out");

        var last = await LatestAsync();
        Assert.Equal((AuditActions.SignedOut, admin.User.Id), (last.Action, last.UserId));
    }

    [Fact]
    public async Task The_log_is_paged_fifty_entries_at_a_time()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            for (var i = 0; i < 60; i++)
            {
                await audit.RecordAsync("test-entry", $"target {i}", null);
            }
        }

        var first = await admin.GetPageAsync("/admin/audit");
        var second = await admin.GetPageAsync("/admin/audit?page=2");

        Assert.Equal(50, first.QuerySelectorAll("table.audit tbody tr").Length);
        Assert.Equal(11, second.QuerySelectorAll("table.audit tbody tr").Length);
        Assert.Equal("/admin/audit?page=2", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    private async Task<AuditEntry> LatestAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
    }
}
