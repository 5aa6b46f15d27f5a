using Crm.Retention.Programs;

namespace Crm.Retention.Models;

/// <summary>The settings form of one program, with what was typed and a message per box that is wrong.</summary>
public sealed record ProgramSettingsPage(RetentionProgram Program, string Holdout, string Window, string? Quiet,
    string? HoldoutError = null, string? WindowError = null, string? QuietError = null, string? Error = null, string? Notice = null)
{
    public bool HasErrors => HoldoutError is not null || WindowError is not null || QuietError is not null || Error is not null;
}
