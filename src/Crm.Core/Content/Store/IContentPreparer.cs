namespace Crm.Core.Content.Store;

/// <summary>
/// Keeps derived fields of an item correct before it is written (e.g. a customer's next contact date from its stage,
/// grade and last activity). Runs on create, update and import, after the caller's values are validated; what it sets
/// is validated, stored, diffed into the history and seen by the handlers like any other change. Register with
/// <c>services.AddContentPreparer&lt;T&gt;()</c>; a preparer checks the type (and its feature) itself.
/// </summary>
public interface IContentPreparer
{
    Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken);
}
