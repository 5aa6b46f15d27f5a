namespace Crm.Contents.Models.Items;

/// <summary>One item a relation picker may offer, in the shape tom-select reads (valueField id, labelField text).</summary>
public sealed record RelationOption(string Id, string Text);
