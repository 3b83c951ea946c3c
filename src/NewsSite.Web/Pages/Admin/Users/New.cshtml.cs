using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsSite.Newsroom;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin.Users;

[Authorize(Policy = NewsroomPolicies.Admin)]
public class NewModel(UserManager<NewsroomUser> users, AuditLog audit, IOptions<IdentityOptions> identity) : PageModel
{
    [BindProperty]
    public NewUserForm Form { get; set; } = new();

    public string PasswordRules => AccountForms.DescribePasswordRules(identity.Value.Password);

    public void OnGet() => ViewData["Title"] = "Add a user";

    public async Task<IActionResult> OnPostAsync()
    {
        ViewData["Title"] = "Add a user";
        if (!NewsroomRoles.IsRole(Form.Role))
        {
            ModelState.AddModelError("Form.Role", "Choose Admin, Editor or Author.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Form.Email.Trim();
        var user = new NewsroomUser { UserName = email, Email = email, DisplayName = Form.DisplayName.Trim() };
        var created = await users.CreateAsync(user, Form.Password);
        if (created.Succeeded)
        {
            var role = await users.AddToRoleAsync(user, Form.Role);
            if (!role.Succeeded)
            {
                await users.DeleteAsync(user);
                created = role;
            }
        }

        if (!created.Succeeded)
        {
            AccountForms.AddErrors(ModelState, created, nameof(Form));
            return Page();
        }

        await audit.RecordAsync(AuditActions.UserCreated, email, $"role {Form.Role}");
        TempData[nameof(IndexModel.Notice)] = $"{email} can now sign in as {Form.Role}.";
        return RedirectToPage("Index");
    }

    public sealed class NewUserForm
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, StringLength(NewsroomUser.DisplayNameMaxLength), Display(Name = "Display name")]
        public string DisplayName { get; set; } = "";

        [Required]
        public string Role { get; set; } = NewsroomRoles.Author;

        [Required, DataType(DataType.Password), StringLength(256)]
        public string Password { get; set; } = "";

        [Required, DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The two passwords differ."), Display(Name = "Confirm the password")]
        public string ConfirmPassword { get; set; } = "";
    }
}
