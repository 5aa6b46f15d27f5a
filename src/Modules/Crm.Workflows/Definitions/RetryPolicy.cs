namespace Crm.Workflows.Definitions;

/// <summary>Retries of a failing activity: up to <see cref="Attempts"/> more runs, waiting <see cref="DelaySeconds"/> doubled each time.</summary>
public sealed record RetryPolicy(int Attempts = 3, int DelaySeconds = 60)
{
    public TimeSpan DelayBefore(int attempt) => TimeSpan.FromSeconds(DelaySeconds * Math.Pow(2, Math.Max(0, attempt - 1)));
}
