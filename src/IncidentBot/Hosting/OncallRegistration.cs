using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Oncall;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Interactions;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>On-call: rotations, their commands, paging and its buttons, ack windows and handoffs.</summary>
public static class OncallRegistration
{
    public static WebApplicationBuilder AddOncall(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<OncallStore>();
        services.AddSingleton<RotationService>();
        services.AddSingleton<IIncidentCommand, OncallCommand>();
        services.AddSingleton<IIncidentCommand, PageCommand>();
        services.AddSingleton<PageStore>();
        services.AddSingleton<PagingService>();
        services.AddSingleton<IWorkHandler, PageOnDeclareHandler>();
        services.AddSingleton<IWorkHandler, PostPageHandler>();
        services.AddSingleton<IWorkHandler, JoinPagedHandler>();
        services.AddSingleton<IWorkHandler, PagesExhaustedHandler>();
        services.AddSingleton<IBlockActionHandler, AcknowledgePageAction>();
        services.AddSingleton<IBlockActionHandler, DeclinePageAction>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<HandoffScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<HandoffScheduler>());
        services.AddSingleton<IWorkHandler, PostHandoffHandler>();
        return builder;
    }
}
