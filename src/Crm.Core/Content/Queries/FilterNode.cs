namespace Crm.Core.Content.Queries;

/// <summary>
/// The filter language's syntax tree, shared by its JSON form (<see cref="FilterJson"/>) and its URL form
/// (<see cref="FilterText"/>). Field names and values are as written; <see cref="FilterBinder"/> checks them against a type.
/// </summary>
public abstract record FilterNode;
