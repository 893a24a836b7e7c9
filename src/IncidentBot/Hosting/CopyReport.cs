namespace IncidentBot.Hosting;

/// <summary>
/// What <c>migrate-to-postgres</c> copied: rows per table, in the order written, and how much work a stopped process
/// had under way that waits to be done again (<see cref="Requeued"/> queued items, <see cref="Released"/> timers).
/// </summary>
public sealed record CopyReport(IReadOnlyList<CopiedTable> Tables, long Requeued, long Released);
