using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Queued work for cancelled and merged incidents and for archiving incident channels.</summary>
public static class OutcomeWorkRegistration
{
    public static IServiceCollection AddOutcomeWork(this IServiceCollection services)
    {
        services.AddSingleton<ArchivePlanner>();
        services.AddSingleton<IWorkHandler, OutcomeMessageHandler>();
        services.AddSingleton<IWorkHandler, MergedInHandler>();
        services.AddSingleton<IWorkHandler, ArchiveScheduleHandler>();
        services.AddSingleton<IWorkHandler, ArchiveNoticeHandler>();
        services.AddSingleton<IWorkHandler, ArchiveChannelHandler>();
        return services;
    }
}
