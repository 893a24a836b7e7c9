using IncidentBot.Core.Configuration;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;
using IncidentBot.StatusPage;
using IncidentBot.Work;

namespace IncidentBot.Hosting;

/// <summary>Wires the public status page: its options and components, publishing, the first-message clock and the page.</summary>
public static class StatusPageRegistration
{
    public static WebApplicationBuilder AddStatusPage(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddSingleton(sp => sp.GetRequiredService<IncidentBotOptions>().StatusPage)
            .AddSingleton(sp => new ComponentCatalog(sp.GetRequiredService<StatusPageOptions>()))
            .AddSingleton<StatusPageStore>()
            .AddSingleton<StatusPageService>()
            .AddSingleton<FirstMessageService>()
            .AddSingleton<StatusPageLook>()
            .AddSingleton<IWorkHandler, PostFirstMessageReminderHandler>();
        return builder;
    }
}
