using IncidentBot.Core.Configuration;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Interactions;
using IncidentBot.Stakeholders;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Stakeholder updates: the audiences, their store and services, the command, the reminder's button and the queued work.</summary>
public static class StakeholderRegistration
{
    public static WebApplicationBuilder AddStakeholders(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => StakeholderAudiences.From(sp.GetRequiredService<IncidentBotOptions>()));
        services.AddSingleton<StakeholderStore>();
        services.AddSingleton<StakeholderService>();
        services.AddSingleton<StakeholderReminderService>();
        services.AddSingleton<IIncidentCommand, StakeholdersCommand>();
        services.AddSingleton<IBlockActionHandler, SendStakeholderUpdateAction>();
        services.AddSingleton<IWorkHandler, PostStakeholderMessageHandler>();
        services.AddSingleton<IWorkHandler, PostStakeholderReminderHandler>();
        services.AddSingleton<IWorkHandler, SendStakeholderResolutionHandler>();
        services.AddSingleton<IWorkHandler, SendStakeholderClosedHandler>();
        services.AddSingleton<IWorkHandler, SendStakeholderMitigatedHandler>();
        return builder;
    }
}
