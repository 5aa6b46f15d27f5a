namespace Crm.Contents.Models.Items;

/// <summary>
/// The newest items of another type whose relation field points at the item on the detail page.
/// <paramref name="More"/> says there are more than <see cref="Items"/> shows; <paramref name="NewUrl"/> is null when the
/// user may not create that type.
/// </summary>
public sealed record ItemRelatedList(string Title, string TypeDisplayName, IReadOnlyList<ItemOption> Items, bool More, string ViewAllUrl, string? NewUrl);
