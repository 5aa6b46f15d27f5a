using System.Text.RegularExpressions;

namespace Crm.Core.Data;

/// <summary>Identifiers that may appear in SQL text: letters, digits and underscores, starting with a letter.</summary>
public static partial class SqlIdentifier
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,62}$")]
    private static partial Regex SafeIdentifier();

    public static bool IsSafe(string identifier) => SafeIdentifier().IsMatch(identifier);

    public static string Require(string identifier) =>
        IsSafe(identifier) ? identifier : throw new ArgumentException($"'{identifier}' is not a safe SQL identifier.", nameof(identifier));

    public static string Quote(string identifier) => $"\"{Require(identifier)}\"";
}
