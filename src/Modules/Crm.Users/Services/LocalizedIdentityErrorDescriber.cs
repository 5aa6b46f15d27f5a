using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Crm.Users.Services;

/// <summary>
/// Identity's messages (password rules, taken names) in the user's language. English keeps Identity's own
/// wording: a text is replaced only when the module's resx has a translation, keyed by the error code.
/// </summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<UsersText> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Localize(base.PasswordTooShort(length), length);
    public override IdentityError PasswordRequiresDigit() => Localize(base.PasswordRequiresDigit());
    public override IdentityError PasswordRequiresLower() => Localize(base.PasswordRequiresLower());
    public override IdentityError PasswordRequiresUpper() => Localize(base.PasswordRequiresUpper());
    public override IdentityError DuplicateUserName(string userName) => Localize(base.DuplicateUserName(userName), userName);
    public override IdentityError InvalidUserName(string? userName) => Localize(base.InvalidUserName(userName), userName ?? "");
    public override IdentityError InvalidEmail(string? email) => Localize(base.InvalidEmail(email), email ?? "");

    private IdentityError Localize(IdentityError error, params object[] arguments)
    {
        var localized = text["Identity." + error.Code, arguments];
        return localized.ResourceNotFound ? error : new IdentityError { Code = error.Code, Description = localized };
    }
}
