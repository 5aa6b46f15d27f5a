using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Settings;
using Crm.Customers;
using Crm.Grades.Rules;

namespace Crm.Grades.Sweep;

/// <summary>
/// Writes a GradeChange (customer, from, to, Up/Down/First in the rules' rank order, the rule that matched or why) in the
/// same transaction whenever a customer's grade changes — by the sweep, a form, an import, the API or a workflow. Workflows
/// start on it with a ContentCreated trigger on GradeChange (condition <c>item.Direction == 'Up'</c> for rank-ups).
/// </summary>
public sealed class GradeHistoryHandler(FeatureManager features, ContentManager content, ContentDefinitionManager definitions,
    SiteSettings settings, GradeChangeReason reason) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Item.ContentType != CustomerModel.Customer) return;
        if (change.Kind != ContentEventKind.Updated || !change.ChangedFields.Any(f => f.Field.Name == CustomerModel.Grade)) return;
        if (!await features.IsEnabledAsync(GradesFeature.Id, cancellationToken)) return;
        var defs = await definitions.GetAsync(cancellationToken);
        if (defs.FindType(GradeModel.GradeChange) is null) return;

        var from = change.Before?.Text(CustomerModel.Grade);
        var to = change.Item.Text(CustomerModel.Grade);
        var rules = GradeRuleSet.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(GradeRuleSet.SettingName));
        var options = GradeOptions.Of(defs) ?? [];
        await content.CreateAsync(GradeModel.GradeChange, new JsonObject
        {
            [GradeModel.Customer] = change.Item.Id,
            [GradeModel.FromGrade] = from,
            [GradeModel.ToGrade] = to,
            [GradeModel.Direction] = GradeRanks.DirectionOf(from, to, rules.Ranks, options),
            [GradeModel.Rule] = reason.Rule,
            [GradeModel.Reason] = reason.Text ?? "Changed by hand",
        }, cancellationToken: cancellationToken);
    }
}
