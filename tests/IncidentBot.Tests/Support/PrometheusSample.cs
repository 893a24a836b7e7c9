namespace IncidentBot.Tests.Support;

/// <summary>One sample line of a Prometheus exposition.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
