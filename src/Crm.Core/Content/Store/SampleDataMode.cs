namespace Crm.Core.Content.Store;

/// <summary>
/// Whether this scope is writing sample data (the SampleData recipe step). Handlers whose effects leave the tenant — a
/// survey mailed to a ticket's customer — and workflows (a thank-you mail and coupon after a purchase) do nothing for
/// sample writes: the sample customers are invented, and their example addresses belong to nobody. Everything the
/// items themselves keep (numbers, step times, due times, history) is kept as for real items.
/// </summary>
public sealed class SampleDataMode
{
    public bool Active { get; private set; }

    /// <summary>Marks the scope's writes as sample ones until the result is disposed.</summary>
    public IDisposable Begin()
    {
        if (Active) throw new InvalidOperationException("Sample data is already being written in this scope.");
        Active = true;
        return new End(this);
    }

    private sealed class End(SampleDataMode mode) : IDisposable
    {
        public void Dispose() => mode.Active = false;
    }
}
