using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.Api;

/// <summary>DI wiring for the Slack Web API client.</summary>
public static class SlackApiServiceCollectionExtensions
{
    public static IServiceCollection AddSlackApi(this IServiceCollection services, Action<SlackApiOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SlackApiOptions>>().Value;
            return new ChannelPacer(options.PostMessageBurst, options.PostMessageInterval, sp.GetRequiredService<TimeProvider>());
        });

        services.TryAddSingleton(sp => new MethodPauses(sp.GetRequiredService<TimeProvider>()));

        // The resilience pipeline owns timeouts; HttpClient's own 100 s timeout would fight it.
        services.AddHttpClient<ISlackApi, SlackApiClient>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }
}
