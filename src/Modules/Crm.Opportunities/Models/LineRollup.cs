namespace Crm.Opportunities.Models;

/// <summary>
/// A type of line items and the total of the parent its lines add up to: an opportunity's amount is the sum of its
/// lines, a quote's subtotal the sum of its lines.
/// </summary>
/// <param name="ParentField">The line's relation to its parent.</param>
/// <param name="ClearWhenEmpty">Without lines the total is cleared (a quote); otherwise it is left to be typed by hand (an opportunity).</param>
public sealed record LineRollup(string LineType, string ParentField, string ParentType, string TotalField, bool ClearWhenEmpty)
{
    public static readonly LineRollup OpportunityLines = new(OpportunityModel.OpportunityLine, OpportunityModel.Opportunity, OpportunityModel.Opportunity, OpportunityModel.Amount, false);
    public static readonly LineRollup QuoteLines = new(OpportunityModel.QuoteLine, OpportunityModel.Quote, OpportunityModel.Quote, OpportunityModel.Subtotal, true);

    public static LineRollup? ForLineType(string type) =>
        type == OpportunityLines.LineType ? OpportunityLines : type == QuoteLines.LineType ? QuoteLines : null;
}
