using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsSite.Newsroom;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin;

[EnableRateLimiting(SignInRateLimit.Name)]
public class SignInModel(SignInManager<NewsroomUser> signIn, AuditLog audit) : PageModel
{
    public const string WrongCredentials = "The email or password is wrong.";
    public const string LockedOut = "This account is locked: too many wrong passwords lock it for 15 minutes, and an Admin can lock it for longer. Try again later or ask an Admin.";

    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => ViewData["Title"] = "Sign in";

    public async Task<IActionResult> OnPostAsync()
    {
        ViewData["Title"] = "Sign in";
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Form.Email);
        if (user is null)
        {
            await audit.RecordAsync(AuditActions.SignInFailed, Form.Email, "no such user");
            ModelState.AddModelError(string.Empty, WrongCredentials);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Form.Password, Form.StaySignedIn, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(user, AuditActions.SignedIn, user.Email, null);
            // Only a local address: a returnUrl to another site would make this form a phishing relay.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditActions.LockedOut, user.Email, "sign-in refused: the account is locked");
            ModelState.AddModelError(string.Empty, LockedOut);
            return Page();
        }

        await audit.RecordAsync(AuditActions.SignInFailed, user.Email, result.IsNotAllowed ? "not allowed" : "wrong password");
        ModelState.AddModelError(string.Empty, WrongCredentials);
        return Page();
    }

    public sealed class SignInForm
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, DataType(DataType.Password), StringLength(256)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in on this device")]
        public bool StaySignedIn { get; set; }
    }
}
