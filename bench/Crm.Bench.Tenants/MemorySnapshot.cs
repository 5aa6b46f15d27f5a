using System.Diagnostics;

namespace Crm.Bench.Tenants;

/// <summary>The process's memory after a full, compacting collection, so only what is still referenced counts.</summary>
public sealed record MemorySnapshot(long ManagedHeapBytes, long WorkingSetBytes, long PrivateBytes)
{
    public static MemorySnapshot Take()
    {
        // Twice around finalizers: objects freed by a finalizer are only collectable by the next collection.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemorySnapshot(managed, process.WorkingSet64, process.PrivateMemorySize64);
    }
}
