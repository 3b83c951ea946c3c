using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NewsSite.Web.Newsroom;

/// <summary>What the account forms (setup, new user) share: the password rules in words and Identity's errors on the right fields.</summary>
public static class AccountForms
{
    public static string DescribePasswordRules(PasswordOptions rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var needs = new List<string>();
        if (rules.RequireUppercase)
        {
            needs.Add("an upper-case letter");
        }

        if (rules.RequireLowercase)
        {
            needs.Add("a lower-case letter");
        }

        if (rules.RequireDigit)
        {
            needs.Add("a digit");
        }

        if (rules.RequireNonAlphanumeric)
        {
            needs.Add("a symbol");
        }

        var length = string.Create(CultureInfo.InvariantCulture, $"At least {rules.RequiredLength} characters");
        return needs.Count == 0 ? length + "." : $"{length}, with {string.Join(", ", needs[..^1])}{(needs.Count > 1 ? " and " : "")}{needs[^1]}.";
    }

    /// <summary>Puts each of Identity's errors under the field it is about (<c>{prefix}.Email</c>, <c>{prefix}.Password</c>) or on the form.</summary>
    public static void AddErrors(ModelStateDictionary modelState, IdentityResult result, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            // The user name is the email, so a taken name always comes with a taken email: say it once.
            if (error.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
            {
                continue;
            }

            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Email"
                : null;
            modelState.AddModelError(field is null ? string.Empty : $"{prefix}.{field}", error.Description);
        }
    }
}
