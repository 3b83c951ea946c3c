using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Store;

namespace NewsSite.Web.Newsroom;

/// <summary>
/// The newsroom before its first user: the admin sends everyone to the setup page until an Admin exists.
/// Once a user exists it stays so, so after that the check costs nothing.
/// </summary>
public sealed class FirstRun(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _hasUsers;

    public async Task<bool> IsPendingAsync(CancellationToken cancellationToken = default)
    {
        if (_hasUsers)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        _hasUsers = await scope.ServiceProvider.GetRequiredService<NewsSiteDb>().Users.AnyAsync(cancellationToken);
        return !_hasUsers;
    }

    /// <summary>Creates the first Admin; null when the newsroom already has a user (nothing is created then).</summary>
    public async Task<IdentityResult?> CreateFirstAdminAsync(string email, string displayName, string password, string how)
    {
        // One at a time: two setup forms posted together must not make two first Admins.
        await _creating.WaitAsync();
        try
        {
            if (!await IsPendingAsync())
            {
                return null;
            }

            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
            var admin = new NewsroomUser { UserName = email, Email = email, DisplayName = displayName };
            var created = await users.CreateAsync(admin, password);
            if (!created.Succeeded)
            {
                return created;
            }

            var role = await users.AddToRoleAsync(admin, NewsroomRoles.Admin);
            if (!role.Succeeded)
            {
                await users.DeleteAsync(admin);
                return role;
            }

            _hasUsers = true;
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(admin, AuditActions.FirstAdminCreated, email, how);
            return created;
        }
        finally
        {
            _creating.Release();
        }
    }

    public void Dispose() => _creating.Dispose();
}
