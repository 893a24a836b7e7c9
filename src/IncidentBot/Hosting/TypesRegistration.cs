using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Interactions;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Wires incident types' war rooms: checklists, their message and ticks, bookmarks and the channel guide.</summary>
public static class TypesRegistration
{
    public static IServiceCollection AddTypesCore(this IServiceCollection services) => services
        .AddSingleton<ChecklistStore>()
        .AddSingleton<ChecklistService>()
        .AddSingleton<WarRoomLinks>();

    public static IServiceCollection AddTypesSlack(this IServiceCollection services) => services
        .AddSingleton<IIncidentCommand, ChecklistCommand>()
        .AddSingleton<IBlockActionHandler, ChecklistTickAction>();

    public static IServiceCollection AddTypesWork(this IServiceCollection services) => services
        .AddSingleton<IWorkHandler, OpenWarRoomHandler>()
        .AddSingleton<IWorkHandler, PostChecklistHandler>()
        .AddSingleton<IWorkHandler, RefreshChecklistHandler>();
}
