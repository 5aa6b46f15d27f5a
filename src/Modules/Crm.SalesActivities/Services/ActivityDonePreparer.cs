using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;

namespace Crm.SalesActivities.Services;

/// <summary>An activity marked done without a time gets the time it was marked, so the customer's last activity is exact.</summary>
public sealed class ActivityDonePreparer(TimeProvider clock) : IContentPreparer
{
    public Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name == ActivityModel.Activity && item.HasField(ActivityModel.DoneAt) && item.Changed(ActivityModel.Status)
            && item.Text(ActivityModel.Status) == ActivityModel.Done && item.Text(ActivityModel.DoneAt) is null)
        {
            item.Set(ActivityModel.DoneAt, DateTimeFieldKind.Canonical(clock.GetUtcNow()));
        }
        return Task.CompletedTask;
    }
}
