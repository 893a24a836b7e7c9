using IncidentBot.Slack;
using IncidentBot.Slack.Http;
using IncidentBot.Slack.SocketMode;

namespace IncidentBot.Hosting;

/// <summary>
/// Chooses the Slack transport. With <c>SLACK_APP_TOKEN</c> set the bot connects out over Socket Mode and maps no
/// <c>/slack/*</c> endpoints; otherwise Slack reaches it over HTTP. Both feed the same routers.
/// </summary>
public static class SocketModeRegistration
{
    public static IServiceCollection AddSlackTransport(this IServiceCollection services, IConfiguration config)
    {
        var transport = SlackTransportOptions.From(config);
        services.AddSingleton(transport);
        if (!transport.SocketMode)
        {
            services.AddSingleton<IConnectionState, HttpConnectionState>();
            return services;
        }

        services.AddSingleton(new SocketModeOptions());
        services.AddSingleton<SocketModeDispatcher>();
        services.AddSingleton<SocketModeConnector>();
        services.AddSingleton<SocketModeReceiver>();
        services.AddSingleton<SocketModeService>();
        services.AddSingleton<IConnectionState>(sp => sp.GetRequiredService<SocketModeService>());
        services.AddHostedService(sp => sp.GetRequiredService<SocketModeService>());
        return services;
    }
}
