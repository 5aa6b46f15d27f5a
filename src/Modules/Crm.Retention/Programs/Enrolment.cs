namespace Crm.Retention.Programs;

/// <summary>One customer taken into a program: contacted, or held out (recorded, never contacted).</summary>
public sealed record Enrolment(string Id, string Program, string CustomerId, string? SourceId, string InstanceId, DateTimeOffset EnrolledUtc, bool Holdout);
