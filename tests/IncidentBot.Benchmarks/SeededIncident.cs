namespace IncidentBot.Benchmarks;

/// <summary>An incident written straight into the database before the bot starts, and when its update reminder falls due.</summary>
public sealed record SeededIncident(long Id, string ChannelId, DateTimeOffset ReminderDue);
