using IncidentBot.Jobs;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Queued work and jobs for resolution, post-mortems and action items.</summary>
public static class ResolutionWorkRegistration
{
    public static IServiceCollection AddResolutionWork(this IServiceCollection services)
    {
        services.AddSingleton<IWorkHandler, ResolutionMessageHandler>();
        services.AddSingleton<IWorkHandler, LinkedResolvedHandler>();
        services.AddSingleton<IWorkHandler, CompilePostmortemHandler>();
        services.AddSingleton<IWorkHandler, PublishPostmortemHandler>();
        services.AddSingleton<IWorkHandler, PostmortemScheduleHandler>();
        services.AddSingleton<IWorkHandler, PostmortemDueHandler>();
        services.AddSingleton<IWorkHandler, ActionDigestHandler>();
        services.AddHostedService<ActionDigestSchedule>();
        services.AddSingleton<IWorkHandler, MonthlyReportHandler>();
        services.AddSingleton<IWorkHandler, ReportChartHandler>();
        services.AddSingleton<ReportChartUploader>();
        services.AddHostedService<MonthlyReportSchedule>();
        return services;
    }
}
