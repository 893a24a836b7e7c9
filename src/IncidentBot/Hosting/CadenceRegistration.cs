using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Interactions;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Wires status updates, severity changes, snoozing, reminders, escalation, the soak prompt and the initial-assessment reminder.</summary>
public static class CadenceRegistration
{
    public static IServiceCollection AddCadenceCore(this IServiceCollection services) => services
        .AddSingleton<UpdateStore>()
        .AddSingleton<CadenceStore>()
        .AddSingleton<UpdateService>()
        .AddSingleton<SeverityService>()
        .AddSingleton<SnoozeService>()
        .AddSingleton<CadenceTimer>()
        .AddSingleton<ReminderService>()
        .AddSingleton<RoleReminderService>()
        .AddSingleton<SoakService>()
        .AddSingleton<AssessmentReminderService>();

    public static IServiceCollection AddCadenceSlack(this IServiceCollection services) => services
        .AddSingleton<IIncidentCommand, UpdateCommand>()
        .AddSingleton<IIncidentCommand, MitigatedCommand>()
        .AddSingleton<IIncidentCommand, SeverityCommand>()
        .AddSingleton<IIncidentCommand, SnoozeCommand>()
        .AddSingleton<ActionReply>()
        .AddSingleton<UpdateModalOpener>()
        .AddSingleton<IBlockActionHandler, PostUpdateAction>()
        .AddSingleton<IBlockActionHandler, ChangeSeverityAction>()
        .AddSingleton<IBlockActionHandler, SnoozeAction>()
        .AddSingleton<IViewSubmissionHandler, UpdateSubmission>()
        .AddSingleton<IViewSubmissionHandler, SeveritySubmission>();

    public static IServiceCollection AddCadenceWork(this IServiceCollection services) => services
        .AddSingleton<IncidentPoster>()
        .AddSingleton<IWorkHandler, SyncScheduleHandler>()
        .AddSingleton<IWorkHandler, PostUpdateHandler>()
        .AddSingleton<IWorkHandler, PostReminderHandler>()
        .AddSingleton<IWorkHandler, AnnounceSeverityHandler>()
        .AddSingleton<IWorkHandler, PostRoleReminderHandler>()
        .AddSingleton<IWorkHandler, PostSoakPromptHandler>()
        .AddSingleton<IWorkHandler, PostAssessmentReminderHandler>()
        .AddSingleton<IWorkHandler, PostBreachNoticeHandler>();
}
