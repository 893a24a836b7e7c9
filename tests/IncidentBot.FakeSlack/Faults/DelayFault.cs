namespace IncidentBot.FakeSlack;

/// <summary>Waits (wall clock) before serving the call normally.</summary>
public sealed record DelayFault(TimeSpan Duration) : Fault;
