namespace Crm.Workflows.Expressions;

/// <summary>What one script or condition may use (configuration "Crm:Workflows:Scripts").</summary>
public sealed class ScriptLimits
{
    public const string Section = "Crm:Workflows:Scripts";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
    public int MaxStatements { get; set; } = 100_000;
    public long MaxMemoryBytes { get; set; } = 16 * 1024 * 1024;
    public int MaxRecursion { get; set; } = 64;
}
