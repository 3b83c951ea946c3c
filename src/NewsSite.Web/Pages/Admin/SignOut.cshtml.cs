using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Newsroom;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin;

/// <summary>Signing out is a post (with its antiforgery token), so no link or image elsewhere can sign a user out.</summary>
public class SignOutModel(SignInManager<NewsroomUser> signIn, AuditLog audit) : PageModel
{
    public void OnGet() => ViewData["Title"] = "Sign out";

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAsync(AuditActions.SignedOut, User.Identity?.Name, null);
        await signIn.SignOutAsync();
        return Redirect(NewsroomServiceCollectionExtensions.SignInPath);
    }
}
