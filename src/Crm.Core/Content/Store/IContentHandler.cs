namespace Crm.Core.Content.Store;

/// <summary>
/// Lets a module react to content changes. <see cref="InTransactionAsync"/> runs inside the change's
/// transaction (keep derived fields such as a customer's last activity correct: a failure undoes the change);
/// <see cref="AfterCommitAsync"/> runs once it is committed (start workflows, notify). Register with
/// <c>services.AddContentHandler&lt;T&gt;()</c>.
/// </summary>
public interface IContentHandler
{
    Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken) => Task.CompletedTask;

    Task AfterCommitAsync(ContentEvent change) => Task.CompletedTask;
}
