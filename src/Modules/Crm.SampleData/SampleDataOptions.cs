namespace Crm.SampleData;

/// <summary>Configuration section <c>Crm:Samples</c>.</summary>
public sealed class SampleDataOptions
{
    public const string Section = "Crm:Samples";

    /// <summary>False: the SampleData step does nothing (tests of the CRM start from an empty tenant).</summary>
    public bool Create { get; set; } = true;

    /// <summary>The sample staff's password; empty: one is generated and written to the log once.</summary>
    public string? StaffPassword { get; set; }
}
