using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Store;

/// <param name="Field">The field as the caller named it ("Email" or "Customer.Email").</param>
public sealed record ContentFieldError(string Field, FieldProblem Problem)
{
    public override string ToString() => $"{Field}: {Problem.Message}";
}
