using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Retention;

/// <summary>The Coupon type's rules on every path: a generated unique code that never changes, and exactly one of amount and percentage.</summary>
public sealed class CouponRulesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Codes_are_generated_unique_and_fixed_and_the_value_is_an_amount_or_a_percentage(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var customer = await crm.CreateAsync("Customer", """{ "Name": "Kim" }""");
        var expires = "2026-12-31T15:00:00Z";
        var amount = await crm.CreateAsync("Coupon", $$"""{ "Customer": "{{customer.Id}}", "Amount": { "Amount": 5000, "Currency": "KRW" }, "ExpiresAt": "{{expires}}" }""");
        var percent = await crm.CreateAsync("Coupon", $$"""{ "Customer": "{{customer.Id}}", "Percent": 15, "ExpiresAt": "{{expires}}" }""");
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", amount.Text("Code")!);
        Assert.NotEqual(amount.Text("Code"), percent.Text("Code"));
        var chosen = await crm.CreateAsync("Coupon", $$"""{ "Code": "spring-2026", "Customer": "{{customer.Id}}", "Percent": 5, "ExpiresAt": "{{expires}}" }""");
        Assert.Equal("SPRING-2026", chosen.Text("Code"));

        async Task<ContentFieldError> RefusedAsync(Func<Task> write) => Assert.Single((await Assert.ThrowsAsync<ContentValidationException>(write)).Errors);
        var both = await RefusedAsync(() => crm.CreateAsync("Coupon", $$"""{ "Customer": "{{customer.Id}}", "Percent": 5, "Amount": { "Amount": 1000, "Currency": "KRW" }, "ExpiresAt": "{{expires}}" }"""));
        Assert.Equal(("Amount", "Give an amount or a percentage, not both."), (both.Field, both.Problem.Message));
        var neither = await RefusedAsync(() => crm.CreateAsync("Coupon", $$"""{ "Customer": "{{customer.Id}}", "ExpiresAt": "{{expires}}" }"""));
        Assert.Equal(("Amount", "Give the coupon's value: an amount or a percentage."), (neither.Field, neither.Problem.Message));
        var taken = await RefusedAsync(() => crm.CreateAsync("Coupon", $$"""{ "Code": "SPRING-2026", "Customer": "{{customer.Id}}", "Percent": 5, "ExpiresAt": "{{expires}}" }"""));
        Assert.Equal(("Code", "Another coupon already has the code SPRING-2026."), (taken.Field, taken.Problem.Message));
        var odd = await RefusedAsync(() => crm.CreateAsync("Coupon", $$"""{ "Code": "-x", "Customer": "{{customer.Id}}", "Percent": 5, "ExpiresAt": "{{expires}}" }"""));
        Assert.Equal("Code", odd.Field);
        var changed = await RefusedAsync(() => crm.UpdateAsync(amount, """{ "Code": "OTHER-CODE" }"""));
        Assert.Equal(("Code", "A coupon's code cannot be changed once it is issued."), (changed.Field, changed.Problem.Message));
        var switched = await RefusedAsync(() => crm.UpdateAsync(amount, """{ "Percent": 10 }"""));
        Assert.Equal("Amount", switched.Field);
        Assert.Equal(3L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM content_items WHERE content_type = 'Coupon'"));
    }
}
