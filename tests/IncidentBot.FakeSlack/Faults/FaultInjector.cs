namespace IncidentBot.FakeSlack;

/// <summary>Queued and random faults for Web API calls. Thread-safe.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Fault>> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _held = new(StringComparer.Ordinal);
    private Random _random = new(0);
    private int _seed;
    private double _randomFaultRate;

    /// <summary>Share (0..1) of calls answered at random with 429 (Retry-After 1) or 500.</summary>
    public double RandomFaultRate
    {
        get { lock (_gate) { return _randomFaultRate; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0);
            lock (_gate) { _randomFaultRate = value; }
        }
    }

    /// <summary>Seed of the random fault sequence; setting it restarts the sequence.</summary>
    public int Seed
    {
        get { lock (_gate) { return _seed; } }
        set
        {
            lock (_gate)
            {
                _seed = value;
                _random = new Random(value);
            }
        }
    }

    /// <summary>The next call(s) to <paramref name="method"/> get the queued faults in order, then normal service.</summary>
    public void Enqueue(string method, Fault fault)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            if (!_queues.TryGetValue(method, out var queue))
            {
                queue = new Queue<Fault>();
                _queues[method] = queue;
            }

            queue.Enqueue(fault);
        }
    }

    /// <summary>Drops all queued faults and sets the random rate to zero.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _queues.Clear();
            _randomFaultRate = 0;
        }
    }

    /// <summary>Faults still queued for a method.</summary>
    public int Pending(string method)
    {
        lock (_gate)
        {
            return _queues.TryGetValue(method, out var queue) ? queue.Count : 0;
        }
    }

    /// <summary>Calls to <paramref name="method"/> that were served and whose answer was then held (<see cref="Fault.HoldResponse"/>).</summary>
    public int Held(string method)
    {
        lock (_gate)
        {
            return _held.GetValueOrDefault(method);
        }
    }

    internal void RecordHeld(string method)
    {
        lock (_gate)
        {
            _held[method] = _held.GetValueOrDefault(method) + 1;
        }
    }

    internal Fault? Next(string method)
    {
        lock (_gate)
        {
            if (_queues.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault))
            {
                return fault;
            }

            if (_randomFaultRate > 0 && _random.NextDouble() < _randomFaultRate)
            {
#pragma warning disable CA5394 // Deterministic, seeded randomness is the point here.
                return _random.Next(2) == 0 ? Fault.RateLimited(1) : Fault.ServerError(500);
#pragma warning restore CA5394
            }

            return null;
        }
    }
}
