using IncidentBot.Slack;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Events;
using IncidentBot.Slack.Http;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Hosting;

/// <summary>Wires the Slack edge: API client, request verification, routers and every command and handler.</summary>
public static class SlackRegistration
{
    public static WebApplicationBuilder AddSlack(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var services = builder.Services;
        services.AddSlackApi(o =>
        {
            o.BotToken = config["SLACK_BOT_TOKEN"] ?? "";
            o.AppToken = config["SLACK_APP_TOKEN"] is { Length: > 0 } app ? app : null;
            if (config["SLACK_API_URL"] is { Length: > 0 } url)
            {
                o.BaseUrl = new Uri(url.EndsWith('/') ? url : url + "/");
            }
        });
        services.AddSingleton(sp => MentionFence.For(sp.GetRequiredService<Core.Incidents.SeverityLadder>()));
        services.AddSingleton(sp => new SlackSignatureVerifier(config["SLACK_SIGNING_SECRET"], sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RefusalTally>();
        services.AddHostedService(sp => sp.GetRequiredService<RefusalTally>());
        services.AddSingleton<SignatureFilter>();
        services.AddSingleton<ForegroundFilter>();
        services.AddSingleton<SlackIdentity>();
        services.AddSingleton<SlackUserNames>();
        services.AddSingleton<PersonLanguages>();
        services.AddSingleton<Wording>();
        services.AddSingleton<ReadinessProbe>();
        services.AddSlackTransport(config);
        services.AddCommands();
        services.AddInteractions();
        services.AddEvents();
        services.AddCadenceSlack();
        services.AddTypesSlack();
        return builder;
    }

    private static void AddCommands(this IServiceCollection services)
    {
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<CommandEndpoint>();
        services.AddCommand<HelpCommand>();
        services.AddCommand<DeclareCommand>();
        services.AddCommand<ListCommand>();
        services.AddCommand<StatusCommand>();
        services.AddCommand<RenameCommand>();
        services.AddCommand<ResolveCommand>();
        services.AddCommand<ReopenCommand>();
        services.AddCommand<LinkCommand>();
        services.AddCommand<CancelCommand>();
        services.AddCommand<MergeCommand>();
        services.AddCommand<KeepCommand>();
        services.AddCommand<PostmortemCommand>();
        services.AddCommand<ActionCommand>();
        services.AddCommand<ActionsCommand>();
        services.AddCommand<StatsCommand>();
        services.AddCommand<IntegrationsCommand>();
        services.AddCommand<ReportCommand>();
        services.AddSingleton<ReportComposer>();
        services.AddCommand<RoleCommand>();
        services.AddCommand<RolesCommand>();
        services.AddCommand<NoteCommand>();
        services.AddCommand<TimelineCommand>();
        services.AddCommand<BreachCommand>();
    }

    private static void AddInteractions(this IServiceCollection services)
    {
        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<InteractionEndpoint>();
        services.AddSingleton<DeclareModalOpener>();
        services.AddSingleton<IViewSubmissionHandler, DeclareSubmission>();
        services.AddSingleton<ResolveModalOpener>();
        services.AddSingleton<IBlockActionHandler, ResolveButton>();
        services.AddSingleton<IViewSubmissionHandler, ResolveSubmission>();
        services.AddSingleton<IBlockActionHandler, ReviewCompleteButton>();
        services.AddSingleton<IBlockActionHandler, ActionDoneButton>();
        services.AddSingleton<IBlockActionHandler, FileTicketButton>();
        services.AddSingleton<RolesModalOpener>();
        services.AddSingleton<IBlockActionHandler, TakeCommanderAction>();
        services.AddSingleton<IBlockActionHandler, AssignRolesAction>();
        services.AddSingleton<IViewSubmissionHandler, RolesSubmission>();
    }

    private static void AddEvents(this IServiceCollection services)
    {
        services.AddSingleton<EventIntake>();
        services.AddSingleton<EventEndpoint>();
        services.AddSingleton<ChannelMembership>();
        services.AddSingleton<ISlackEventProcessor, MemberJoinedHandler>();
        services.AddSingleton<ISlackEventProcessor, MemberLeftHandler>();
        services.AddSingleton<ISlackEventProcessor, AppHomeOpenedHandler>();
        services.AddSingleton<TimelineMarker>();
        services.AddSingleton<ISlackEventProcessor, PinAddedHandler>();
        services.AddSingleton<ISlackEventProcessor, ReactionAddedHandler>();
    }

    private static void AddCommand<T>(this IServiceCollection services)
        where T : class, IIncidentCommand => services.AddSingleton<IIncidentCommand, T>();
}
