namespace IncidentBot.Core.Postmortems;

/// <summary>A compiled version of an incident's post-mortem draft and where it was published.</summary>
public sealed record StoredPostmortem(
    long IncidentId,
    int Version,
    string Markdown,
    DateTimeOffset CompiledAt,
    string? FileId,
    string? MessageTs);
