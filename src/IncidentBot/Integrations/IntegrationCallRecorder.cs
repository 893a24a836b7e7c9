using System.Globalization;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;

namespace IncidentBot.Integrations;

/// <summary>
/// Sits in an integration's HTTP client and records the outcome of every call it makes (for <c>/incident
/// integrations</c>): a status below 400 succeeded; anything else, a timeout or an unreachable vendor did not. Only the
/// status or the failure's kind (a code the answer puts into words) is kept, never a body, an address or a secret. A failure to record never fails the call.
/// </summary>
public sealed partial class IntegrationCallRecorder(string name, IntegrationCallStore store, TimeProvider time, ILogger<IntegrationCallRecorder> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await RecordAsync(false, e is TaskCanceledException ? IntegrationCall.TimedOut : IntegrationCall.Unreachable);
            throw;
        }

        var status = (int)response.StatusCode;
        await RecordAsync(status < 400, status.ToString(CultureInfo.InvariantCulture));
        return response;
    }

    private async Task RecordAsync(bool succeeded, string detail)
    {
        try
        {
            await store.RecordAsync(new IntegrationCall(name, time.GetUtcNow(), succeeded, detail), CancellationToken.None);
        }
#pragma warning disable CA1031 // The call's own outcome matters more than its record.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogNotRecorded(e, name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outcome of a call to {Integration} could not be recorded")]
    private partial void LogNotRecorded(Exception exception, string integration);
}
