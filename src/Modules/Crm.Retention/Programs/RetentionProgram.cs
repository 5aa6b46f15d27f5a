namespace Crm.Retention.Programs;

/// <summary>A retention program: its name (as enrolments record it) and the workflows that enrol customers in it.</summary>
public sealed record RetentionProgram(string Name, IReadOnlyList<ProgramWorkflow> Workflows);
