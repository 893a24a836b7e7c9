namespace IncidentBot.Benchmarks;

/// <summary>One replica's part in the replicas scenario.</summary>
/// <param name="Name">"replica 1", "replica 2": the order the processes were started.</param>
/// <param name="Fired">Update-reminder firings this replica's scheduler ran that sent a reminder (from its log).</param>
/// <param name="NotDue">Firings that found the reminder no longer due: already sent, by this replica or the other.</param>
/// <param name="Lateness">Lateness of the reminders this replica posted (it held the queued post's claim).</param>
/// <param name="MemoryMb">VmRSS in MB after the run.</param>
public sealed record ReplicaShare(string Name, int Fired, int NotDue, LatencyStats Lateness, double MemoryMb);
