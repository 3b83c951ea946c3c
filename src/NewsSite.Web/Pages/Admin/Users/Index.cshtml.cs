using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Store;
using NewsSite.Web.Newsroom;

namespace NewsSite.Web.Pages.Admin.Users;

/// <summary>
/// The newsroom's accounts: each with its role and lock, and the forms to change them. Nobody changes their own role or
/// locks themselves, so the acting Admin always remains: the newsroom can never lose its last Admin from here.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
public class IndexModel(NewsSiteDb db, UserManager<NewsroomUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Member> Members { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRoleAsync(string id, string? role)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!NewsroomRoles.IsRole(role))
        {
            return await RefuseAsync($"Choose a role for {user.Email}: Admin, Editor or Author.");
        }

        if (user.Id == users.GetUserId(User))
        {
            return await RefuseAsync("You cannot change your own role: ask another Admin.");
        }

        var before = (await users.GetRolesAsync(user)).ToList();
        if (before.SequenceEqual([role]))
        {
            return Done($"{user.Email} already is {role}.");
        }

        var removed = await users.RemoveFromRolesAsync(user, before);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role!) : removed;
        if (!added.Succeeded)
        {
            return await RefuseAsync(string.Join(" ", added.Errors.Select(e => e.Description)));
        }

        // A new stamp makes the user's cookie pick up the new role at its next check.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.RoleChanged, user.Email, $"{string.Join(", ", before)} → {role}");
        return Done($"{user.Email} is now {role}.");
    }

    public async Task<IActionResult> OnPostLockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            return await RefuseAsync("You cannot lock your own account.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        // Also ends the sessions the user has open, at their next check.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.UserLocked, user.Email, null);
        return Done($"{user.Email} is locked: they cannot sign in until an Admin unlocks them.");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(AuditActions.UserUnlocked, user.Email, null);
        return Done($"{user.Email} is unlocked.");
    }

    private RedirectToPageResult Done(string notice)
    {
        Notice = notice;
        return RedirectToPage();
    }

    private async Task<PageResult> RefuseAsync(string error)
    {
        ModelState.AddModelError(string.Empty, error);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        ViewData["Title"] = "Users";
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.LockoutEnd,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(HttpContext.RequestAborted);
        var me = users.GetUserId(User);
        Members = rows.Select(r => new Member(r.Id, r.Email ?? "", r.DisplayName, r.Role, r.LockoutEnd is { } end && end > now ? end : null, r.Id == me)).ToList();
    }

    public sealed record Member(string Id, string Email, string DisplayName, string? Role, DateTimeOffset? LockedUntil, bool IsYou)
    {
        public bool IsLocked => LockedUntil is not null;

        public string LockText => LockedUntil is not { } until ? "Active"
            : until.Year > 9000 ? "Locked by an Admin"
            : $"Locked until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC (wrong passwords)";
    }
}
