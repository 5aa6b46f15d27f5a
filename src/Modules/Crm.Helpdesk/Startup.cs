using Crm.Core.Content.Screens;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Crm.Core.Numbering;
using Crm.Core.Settings;
using Crm.Helpdesk.Dashboard;
using Crm.Helpdesk.Models;
using Crm.Helpdesk.Screens;
using Crm.Helpdesk.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Helpdesk;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSetting(new SettingDefinition(SlaTargets.SettingName,
            "SLA targets in hours per ticket priority, e.g. { \"Urgent\": { \"FirstResponseHours\": 1, \"ResolutionHours\": 4 } }", SlaTargets.Validate));
        services.AddDocumentNumber(new DocumentNumberRule(HelpdeskModel.Ticket, HelpdeskModel.Number, HelpdeskModel.TicketPrefix, HelpdeskModel.FeatureId));
        services.AddScoped<SlaSettingsStore>();
        services.AddScoped<TicketResponses>();
        services.AddScoped<TicketQueries>();
        services.AddScoped<TicketMoves>();
        services.AddScoped<SlaReport>();
        services.AddScoped<CallerLookup>();
        services.AddScoped<CallToTicket>();

        services.AddContentPreparer<TicketPreparer>();
        services.AddContentPreparer<CallLogPreparer>();
        services.AddContentHandler<FirstResponseHandler>();
        services.AddContentHandler<TicketEventsHandler>();

        services.AddScoped<IItemActionSource, TicketActions>();
        services.AddScoped<IItemActionSource, CallLogActions>();
        services.AddDashboardWidget<HelpdeskTicketsWidget>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddScoped<IDynamicAdminMenu, HelpdeskMenu>();
    }
}
