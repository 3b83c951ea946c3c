using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Newsroom;
using NewsSite.Web.Tests.Newsroom;

namespace NewsSite.Web.Tests.Pages.Admin;

public sealed class UsersPageTests : IAsyncDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task An_Admin_adds_a_user_with_a_role_who_can_then_sign_in()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);

        using var created = await admin.SubmitAsync("/admin/users/new", "main form", NewUser("reporter@newsroom.test", "Asha Reporter", NewsroomRoles.Editor));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await admin.GetPageAsync("/admin/users");
        Assert.Equal("reporter@newsroom.test can now sign in as Editor.", list.QuerySelector(".notice")?.TextContent);
        Assert.Equal(NewsroomRoles.Editor, RoleShown(list, "reporter@newsroom.test"));
        var reporter = new NewsroomUser { Email = "reporter@newsroom.test" };
        using var session = await _site.SignInAsync(reporter);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/admin/users")).Status);
    }

    [Fact]
    public async Task A_refused_new_user_comes_back_on_the_form_with_the_input_kept()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        var fields = NewUser(admin.User.Email!, "Second Chief", NewsroomRoles.Author);

        using var taken = await admin.SubmitAsync("/admin/users/new", "main form", fields);

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var form = await HtmlForms.ParseAsync(taken);
        Assert.Contains("is already taken", form.FieldError("Form.Email"), StringComparison.Ordinal);
        Assert.Equal("Second Chief", form.QuerySelector<IHtmlInputElement>("input[name='Form.DisplayName']")!.Value);
        Assert.Equal(NewsroomRoles.Author, form.QuerySelector<IHtmlSelectElement>("select[name='Form.Role']")!.Value);
    }

    [Fact]
    public async Task An_Admin_changes_a_role_and_locks_and_unlocks_an_account()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);
        var author = await _site.CreateUserAsync(NewsroomRoles.Author);
        var row = $"tr[data-user='{author.Email}']";

        await admin.PostFormAsync("/admin/users", $"{row} form.role-form", new Dictionary<string, string> { ["role"] = NewsroomRoles.Editor });
        Assert.Equal(NewsroomRoles.Editor, RoleShown(await admin.GetPageAsync("/admin/users"), author.Email!));

        await admin.PostFormAsync("/admin/users", $"{row} form.lock-form");
        Assert.Equal("Locked by an Admin", (await admin.GetPageAsync("/admin/users")).QuerySelector($"{row} .lock-state")?.TextContent);
        using var stranger = _site.Anonymous();
        using var refused = await stranger.SubmitAsync("/admin/sign-in", "main form", NewsroomAccounts.SignInFields(author.Email!, NewsroomAccounts.Password));
        Assert.Equal([NewsSite.Web.Pages.Admin.SignInModel.LockedOut], (await HtmlForms.ParseAsync(refused)).FormErrors());

        await admin.PostFormAsync("/admin/users", $"{row} form.lock-form");
        Assert.Equal("Active", (await admin.GetPageAsync("/admin/users")).QuerySelector($"{row} .lock-state")?.TextContent);
        using var editor = await _site.SignInAsync(author);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task Locking_an_account_ends_the_sessions_it_has_open()
    {
        await using var site = new InstantStampCheckSite();
        using var admin = await site.SignInAsAsync(NewsroomRoles.Admin);
        using var author = await site.SignInAsAsync(NewsroomRoles.Author);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/admin")).Status);

        await admin.PostFormAsync("/admin/users", $"tr[data-user='{author.User.Email}'] form.lock-form");

        Assert.Equal(HttpStatusCode.Redirect, (await author.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task An_Admin_cannot_change_their_own_role_or_lock_themselves()
    {
        using var admin = await _site.SignInAsAsync(NewsroomRoles.Admin);

        var list = await admin.GetPageAsync("/admin/users");

        var mine = list.QuerySelector($"tr[data-user='{admin.User.Email}']")!;
        Assert.Null(mine.QuerySelector("form"));
        Assert.Equal(NewsroomRoles.Admin, RoleShown(list, admin.User.Email!));
    }

    private static string? RoleShown(IHtmlDocument list, string email)
    {
        var cell = list.QuerySelector($"tr[data-user='{email}'] td:nth-child(3)");
        return cell?.QuerySelector<IHtmlSelectElement>("select")?.Value ?? cell?.TextContent.Trim();
    }

    private static Dictionary<string, string> NewUser(string email, string name, string role) => new()
    {
        ["Form.Email"] = email,
        ["Form.DisplayName"] = name,
        ["Form.Role"] = role,
        ["Form.Password"] = NewsroomAccounts.Password,
        ["Form.ConfirmPassword"] = NewsroomAccounts.Password,
    };

    private sealed class InstantStampCheckSite : NewsSiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
        }
    }
}
