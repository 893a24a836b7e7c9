using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Wires the durable Slack work queue and its handlers.</summary>
public static class WorkRegistration
{
    public static WebApplicationBuilder AddWork(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ForegroundActivity>();
        services.AddSingleton<FollowUpThreads>();
        services.AddSingleton<OncePoster>();
        services.AddSingleton<FeedLineWork>();
        services.AddSingleton<ChannelProvisioner>();
        services.AddSingleton<ChannelScan>();
        services.AddSingleton<IWorkHandler, ProvisionIncidentHandler>();
        services.AddSingleton<IWorkHandler, PostHeadlineHandler>();
        services.AddSingleton<IWorkHandler, PostFeedReplyHandler>();
        services.AddSingleton<IWorkHandler, SlackEventWork>();
        services.AddSingleton<IWorkHandler, RefreshMessagesHandler>();
        services.AddSingleton<IWorkHandler, SetPurposeHandler>();
        services.AddResolutionWork();
        services.AddOutcomeWork();
        services.AddSingleton<EphemeralSender>();
        services.AddSingleton<Notices>();
        services.AddSingleton<IWorkHandler, RoleAssignedHandler>();
        services.AddSingleton<IWorkHandler, EphemeralNoticeHandler>();
        services.AddSingleton<IWorkHandler, TimelinePagesHandler>();
        services.AddCadenceWork();
        services.AddTypesWork();
        services.AddHostedService<OutboxProcessor>();
        services.AddHostedService<WalCheckpointer>();
        services.AddHostedService<SearchIndexCatchUp>();
        return builder;
    }
}
