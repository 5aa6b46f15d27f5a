using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Retention.Programs;
using Crm.Workflows.Activities;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Retention.Workflows;

/// <summary>
/// Takes a customer into a retention program: records the enrolment and goes on with <c>Contacted</c>, or — for the
/// program's random holdout share, the same customers every time — with <c>Holdout</c>, where the workflow contacts nobody.
/// Its output is the enrolment and the customer as templates see items (<c>outputs.enrol.Customer.Name</c>, <c>.Email</c>,
/// <c>.Owner</c>), so a workflow started by an order or a stage change can address the customer. A test run records nothing.
/// </summary>
public sealed class EnrolInProgramActivity : IWorkflowActivity
{
    public const string TypeName = "EnrolInProgram";
    public const string Contacted = "Contacted";
    public const string Holdout = "Holdout";

    public ActivityDescriptor Descriptor { get; } = new(TypeName, "Retention", "Enrol in program",
        "Records the customer as a member of a retention program; a random holdout share (per program, Marketing › Retention programs) goes out through Holdout and is not contacted.",
    [
        new("program", PropertyKind.Text, "The program's name, e.g. HappyCalls (its outcome is reported under this name).", Required: true),
        new("customer", PropertyKind.Text, "The customer's id (Liquid), e.g. {{ item.Id }} or {{ item.Customer }}.", Required: true),
        new("source", PropertyKind.Text, "The item that started it (Liquid, optional), e.g. the order: {{ item.Id }}."),
    ], [Contacted, Holdout], Feature: RetentionModel.FeatureId);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var program = context.Text("program")?.Trim() is { Length: > 0 } p ? p : throw new WorkflowActivityException("The program has no name.");
        if (program.Length > 100) throw new WorkflowActivityException("A program's name may have at most 100 characters.");
        var customer = await CustomerArgument.LoadAsync(context);
        var settings = await context.Services.GetRequiredService<ProgramSettingsStore>().ForAsync(program, context.CancellationToken);
        var holdout = HoldoutDraw.IsHoldout(program, customer.Id, settings.HoldoutPercent);
        var enrolment = new Enrolment(Ulid.NewUlid(context.Now).ToString(), program, customer.Id, context.Text("source")?.Trim() is { Length: > 0 } s ? s : null,
            context.Instance.Id, context.Now, holdout);
        if (context.IsTest) context.Recorded.Add($"test run: would enrol {customer.DisplayText} in {program}" + (holdout ? " (holdout)" : ""));
        else enrolment = await context.Services.GetRequiredService<ProgramEnrolments>().EnrolAsync(enrolment, context.CancellationToken);

        var definitions = await context.Services.GetRequiredService<ContentDefinitionManager>().GetAsync(context.CancellationToken);
        context.SetOutput(new JsonObject
        {
            ["EnrolmentId"] = enrolment.Id,
            ["Program"] = program,
            ["Holdout"] = enrolment.Holdout,
            ["EnrolledAt"] = DateTimeFieldKind.Canonical(enrolment.EnrolledUtc),
            ["Customer"] = ItemModel.From(customer, definitions),
        });
        return ActivityResult.Outcome(enrolment.Holdout ? Holdout : Contacted) with { Note = $"{customer.DisplayText} in {program}" + (enrolment.Holdout ? " (holdout)" : "") };
    }
}
