using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsSite.Newsroom;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin;

/// <summary>The one-time page that makes the newsroom's first Admin; once anyone exists it is not there (404).</summary>
public class SetupModel(FirstRun firstRun, SignInManager<NewsroomUser> signIn, IOptions<IdentityOptions> identity) : PageModel
{
    public string PasswordRules => AccountForms.DescribePasswordRules(identity.Value.Password);

    [BindProperty]
    public SetupForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        ViewData["Title"] = "Set up the newsroom";
        return await firstRun.IsPendingAsync(HttpContext.RequestAborted) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ViewData["Title"] = "Set up the newsroom";
        if (!await firstRun.IsPendingAsync(HttpContext.RequestAborted))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await firstRun.CreateFirstAdminAsync(Form.Email.Trim(), Form.DisplayName.Trim(), Form.Password, "through the setup page");
        if (result is null)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            AccountForms.AddErrors(ModelState, result, nameof(Form));
            return Page();
        }

        var admin = await signIn.UserManager.FindByEmailAsync(Form.Email.Trim());
        await signIn.SignInAsync(admin!, isPersistent: false);
        return Redirect("/admin");
    }

    public sealed class SetupForm
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, StringLength(NewsroomUser.DisplayNameMaxLength), Display(Name = "Display name")]
        public string DisplayName { get; set; } = "";

        [Required, DataType(DataType.Password), StringLength(256)]
        public string Password { get; set; } = "";

        [Required, DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The two passwords differ."), Display(Name = "Confirm the password")]
        public string ConfirmPassword { get; set; } = "";
    }
}
