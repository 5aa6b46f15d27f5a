namespace Crm.WebTracking.Collection;

/// <summary>What became of a hit. The visitor's browser gets the same answer every time; the outcome is for logs and tests.</summary>
public enum HitOutcome
{
    Stored,
    DwellRecorded,
    Malformed,
    Bot,
    BadVisitorId,
    BadUrl,
    OriginNotAllowed,
    BadDwell,
    RateLimited,
    Duplicate,
    Failed,
}
