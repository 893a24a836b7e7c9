using IncidentBot.Work;

namespace IncidentBot.Slack.Http;

/// <summary>Marks the time spent answering a Slack request, so queued work gives way to it (<see cref="ForegroundActivity"/>).</summary>
public sealed class ForegroundFilter(ForegroundActivity activity) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        using var answering = activity.Enter();
        return await next(context);
    }
}
