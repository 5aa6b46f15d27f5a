namespace Crm.Dashboard.Services;

/// <param name="Current">Customers in the stage now.</param>
/// <param name="Entered">Forward moves into the stage during the period.</param>
/// <param name="ConversionRate">
/// Entered ÷ (entered + customers still in the stage before it): of the customers that were in the previous stage during
/// the period, the share that moved on. Null for the first stage, and when nobody was there.
/// </param>
public sealed record FunnelStage(string Stage, long Current, long Entered, decimal? ConversionRate);
