using Crm.Grades.Sweep;

namespace Crm.Grades.Models;

/// <summary>/admin/grades: the distribution, the RFM grid and the sweep's state.</summary>
public sealed record GradesPage(IReadOnlyList<GradeCount> Grades, RfmGrid Grid, GradeSweepState? Sweep, string Currency, bool MayManage, string? Notice);
