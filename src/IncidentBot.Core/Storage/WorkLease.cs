namespace IncidentBot.Core.Storage;

/// <summary>
/// The lease this process claims queued work under: the holder's name, unique to the process, and how long a claim
/// lasts unless renewed. The process renews its claims while it works on them; work whose holder stopped renewing (it
/// died) is claimed again by any process once the lease has run out.
/// </summary>
public sealed record WorkLease(string Holder, TimeSpan Duration)
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(60);

    /// <summary>How often the holder renews its claims: several times per lease, so one late renewal loses nothing.</summary>
    public TimeSpan RenewEvery => Duration / 4;

    public static WorkLease ForThisProcess(TimeSpan? duration = null) =>
        new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}", duration ?? DefaultDuration);
}
