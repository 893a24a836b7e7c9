using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>Counts how often Core woke the work queue.</summary>
internal sealed class CountingSignal : IWorkSignal
{
    private int _count;

    public int Count => _count;

    public void Notify() => Interlocked.Increment(ref _count);
}
