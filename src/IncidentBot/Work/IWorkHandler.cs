using IncidentBot.Core.Storage;

namespace IncidentBot.Work;

/// <summary>Performs one kind of queued Slack work. It must be safe to run again after a crash or a retry.</summary>
public interface IWorkHandler
{
    string Kind { get; }

    Task HandleAsync(OutboxItem item, CancellationToken ct);
}
