using Crm.Core.Content.Store;

namespace Crm.SalesActivities.Services;

/// <summary>What an activity's fields say, read by field name (whichever part of the admin-extensible type holds them).</summary>
public static class ActivityValues
{
    public static bool IsDone(ContentItem? item) => item?.Text(ActivityModel.Status) == ActivityModel.Done;
}
