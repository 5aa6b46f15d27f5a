namespace Crm.Contents.Services.Import;

/// <summary>What an import does with a row that the type's duplicate rules match to an existing item.</summary>
public enum DuplicateHandling
{
    /// <summary>The row is not imported; the report names the matching item.</summary>
    Skip,

    /// <summary>The best match gets the row's mapped fields (at its current version).</summary>
    Update,

    /// <summary>The row is imported as a new item all the same.</summary>
    Create,
}
