namespace IncidentBot.FakeSlack;

/// <summary>Every Web API call, ordered by arrival even though calls finish out of order. Thread-safe.</summary>
internal sealed class CallLog
{
    private readonly Lock _gate = new();
    private readonly SortedList<long, RecordedCall> _calls = [];
    private long _arrivals;

    /// <summary>Reserves the arrival position of a call that has just come in.</summary>
    public long Arrive() => Interlocked.Increment(ref _arrivals);

    public void Add(long arrival, RecordedCall call)
    {
        lock (_gate)
        {
            _calls.Add(arrival, call);
        }
    }

    public IReadOnlyList<RecordedCall> Snapshot()
    {
        lock (_gate)
        {
            return _calls.Values.ToArray();
        }
    }

    public IReadOnlyList<RecordedCall> To(string method)
    {
        lock (_gate)
        {
            return _calls.Values.Where(c => c.Method == method).ToArray();
        }
    }
}
