namespace Crm.Core.Content.Duplicates;

/// <summary>Which item's value a merged field takes.</summary>
public enum MergeSide
{
    Kept,
    Merged,
}
