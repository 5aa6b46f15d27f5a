using Crm.Core.Content.Screens;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.EmailCampaigns.Sending;
using Crm.EmailCampaigns.Tracking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.EmailCampaigns.CampaignChannel;

[ForFeature(CampaignChannelFeature.Id)]
public sealed class CampaignChannelStartup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<LinkedCampaigns>();
        services.AddScoped<EmailCostLines>();
        services.AddScoped<IRecipientListener, CampaignChannelListener>();
        services.AddScoped<ILinkTagger, CampaignCodeTagger>();
        services.AddScoped<IItemPanelSource, EmailCampaignsPanel>();
        services.AddContentHandler<EmailCostHandler>();
    }
}
