namespace IncidentBot.Jobs;

/// <summary>
/// This replica's scheduler as <c>/readyz</c> shows it: whether the store is clustered (PostgreSQL), the replica's
/// instance id, whether it holds its lease, and when it last checked in with the cluster.
/// </summary>
public sealed record SchedulerReport(bool Clustered, string Instance, bool HoldsLease, DateTimeOffset? CheckedInAt);
