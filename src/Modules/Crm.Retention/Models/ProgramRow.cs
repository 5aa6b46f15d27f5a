using Crm.Retention.Results;
using Crm.Retention.Programs;

namespace Crm.Retention.Models;

public sealed record ProgramRow(RetentionProgram Program, ProgramSettings Settings, ProgramOutcome Outcome);
