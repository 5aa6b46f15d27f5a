namespace Crm.Contents.Models.Items;

/// <param name="Links">For relations: the related items (Value = URL, Label = display text).</param>
public sealed record ItemDetailField(string Label, string Value, IReadOnlyList<ItemOption> Links);
