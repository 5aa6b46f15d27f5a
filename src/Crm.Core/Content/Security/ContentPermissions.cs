using System.Text.RegularExpressions;
using Crm.Core.Content.Definitions;
using Crm.Core.Security;

namespace Crm.Core.Content.Security;

/// <summary>
/// Content permissions. Every type is covered by the general ones ("ViewContent", "EditOwnContent", ...);
/// a Securable type has its own set instead ("ViewContent_Customer", "EditOwnContent_Customer", ...).
/// "Own" permissions apply to items the user owns.
/// </summary>
public sealed partial class ContentPermissions : IPermissionProvider
{
    public const string ManageContentTypes = "ManageContentTypes";
    public const string ImportContent = "ImportContent";
    public const string ExportContent = "ExportContent";

    [GeneratedRegex("^(View|ViewOwn|Create|Edit|EditOwn|Delete|DeleteOwn)Content_[A-Z][A-Za-z0-9]{0,49}$")]
    private static partial Regex TypePermission();

    public static string Name(ContentAction action, bool own, ContentTypeDefinition type) =>
        $"{action}{(own ? "Own" : "")}Content" + (type.Settings.Securable ? "_" + type.Name : "");

    public static bool IsTypePermission(string name) => TypePermission().IsMatch(name);

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ManageContentTypes, "Create and change content types and fields", "Content"),
        new(ImportContent, "Import items from files", "Content"),
        new(ExportContent, "Export items to files", "Content"),
        .. Actions.Select(a => new Permission(a.Name, a.Describe("items of every non-secured type"), "Content")),
    ];

    /// <summary>The permissions of one securable type.</summary>
    public static IEnumerable<Permission> ForType(ContentTypeDefinition type) =>
        Actions.Select(a => new Permission($"{a.Name}_{type.Name}", a.Describe($"{type.DisplayName} items"), type.DisplayName));

    private static readonly (string Name, Func<string, string> Describe)[] Actions =
    [
        ("ViewContent", what => $"View all {what}"),
        ("ViewOwnContent", what => $"View own {what}"),
        ("CreateContent", what => $"Create {what}"),
        ("EditContent", what => $"Edit all {what}"),
        ("EditOwnContent", what => $"Edit own {what}"),
        ("DeleteContent", what => $"Delete all {what}"),
        ("DeleteOwnContent", what => $"Delete own {what}"),
    ];
}
