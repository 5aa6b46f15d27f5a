using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Retention.Coupons;
using Crm.Workflows.Activities;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Retention.Workflows;

/// <summary>
/// Issues a coupon to a customer (a generated unique code, an amount or a percentage off, expiring after some days). Its
/// output feeds the greeting: <c>{{ outputs.coupon.Code }}</c>, <c>{{ outputs.coupon.Value }}</c> ("10%"),
/// <c>{{ outputs.coupon.LastDay }}</c> (the last valid day, yyyy-MM-dd, tenant's calendar) and <c>{{ outputs.coupon.ExpiresAt }}</c>.
/// A test run issues nothing.
/// </summary>
public sealed class IssueCouponActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("IssueCoupon", "Retention", "Issue coupon",
        "Gives the customer a coupon with a unique code; the code, value and last day are in outputs for the email.",
    [
        new("customer", PropertyKind.Text, "The customer's id (Liquid), e.g. {{ item.Id }}.", Required: true),
        new("percent", PropertyKind.Number, "Percentage off, e.g. 10 (or give an amount)."),
        new("amount", PropertyKind.Number, "Amount off, e.g. 5000 (or give a percentage)."),
        new("currency", PropertyKind.Text, "The amount's currency (default KRW)."),
        new("validDays", PropertyKind.Number, "Days it stays valid after today, e.g. 30.", Required: true),
        new("program", PropertyKind.Text, "The program it belongs to, e.g. FirstPurchaseThanks."),
    ], [Outcomes.Done], Feature: RetentionModel.FeatureId);

    public IEnumerable<string> Validate(ActivityDefinition activity)
    {
        var percent = Number(activity.Property("percent"));
        var amount = Number(activity.Property("amount"));
        if ((percent is null) == (amount is null)) yield return "Give a percentage or an amount (one of them).";
        if (percent is <= 0 or > 100) yield return "The percentage must be above 0 and at most 100.";
        if (amount is <= 0) yield return "The amount must be above 0.";
        if (Number(activity.Property("validDays")) is not { } days || days < 0 || days > CouponIssuer.MaxValidDays || days != decimal.Truncate(days))
        {
            yield return $"validDays must be a whole number from 0 to {CouponIssuer.MaxValidDays}.";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var customer = await CustomerArgument.LoadAsync(context);
        var value = Number(context.Activity.Property("percent")) is { } percent
            ? CouponValue.PercentOff(percent)
            : CouponValue.Off(Number(context.Activity.Property("amount")) ?? throw new WorkflowActivityException("Give a percentage or an amount."),
                context.Text("currency")?.Trim() is { Length: > 0 } currency ? currency.ToUpperInvariant() : "KRW");
        var days = (int)(Number(context.Activity.Property("validDays")) ?? throw new WorkflowActivityException("validDays is not a number."));
        var program = context.Text("program")?.Trim();
        if (context.IsTest)
        {
            context.Recorded.Add($"test run: would issue a {value.Text} coupon to {customer.DisplayText}, valid {days} days");
            context.SetOutput(new JsonObject { ["Code"] = "TEST-CODE", ["Value"] = value.Text });
            return ActivityResult.Outcome(Outcomes.Done);
        }
        IssuedCoupon coupon;
        try
        {
            coupon = await context.Services.GetRequiredService<CouponIssuer>().IssueAsync(customer, value, days, program, context.CancellationToken);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new WorkflowActivityException(e.Message);
        }
        context.SetOutput(new JsonObject
        {
            ["Id"] = coupon.Id,
            ["Code"] = coupon.Code,
            ["Value"] = value.Text,
            ["ExpiresAt"] = DateTimeFieldKind.Canonical(coupon.ExpiresAt),
            ["LastDay"] = coupon.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        return ActivityResult.Outcome(Outcomes.Done) with { Note = $"{coupon.Code} ({value.Text}) for {customer.DisplayText}" };
    }

    /// <summary>A number property as the designer (text) or a recipe (a JSON number) writes it; null when unset or not a number.</summary>
    private static decimal? Number(JsonNode? property) => property switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var number) => number,
        JsonValue v when v.TryGetValue<string>(out var text) && decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
