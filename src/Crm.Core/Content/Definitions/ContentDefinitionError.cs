using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Definitions;

/// <param name="Path">Where in the definitions, e.g. "Customer.Settings.KanbanField" or "CustomerPart.Fields.Stage.Options".</param>
public sealed record ContentDefinitionError(string Path, string Message)
{
    /// <summary>An error a screen can show in the admin's language (<see cref="Problem"/>: template and arguments).</summary>
    public ContentDefinitionError(string path, FieldProblem problem) : this(path, problem.Message) => Problem = problem;

    /// <summary>The translatable form of <see cref="Message"/>, when the error has one (pass the IStringLocalizer&lt;ContentText&gt;).</summary>
    public FieldProblem? Problem { get; }

    public override string ToString() => $"{Path}: {Message}";
}
