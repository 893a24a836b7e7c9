using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Postmortems;

namespace IncidentBot.Web;

/// <summary>
/// What one incident's page shows: the incident, its timeline and action items, people's names, the reader's zone, the
/// related incidents the reader may see, and the post-mortem version shown (null: none yet) with every version's number
/// and compile time, newest first.
/// </summary>
public sealed record IncidentView(
    Incident Incident, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<ActionItem> ActionItems, IReadOnlyDictionary<string, string> Names, TimeZoneInfo Zone)
{
    public IReadOnlyList<Incident> Related { get; init; } = [];

    /// <summary>The tickets filed for the action items, by item id.</summary>
    public IReadOnlyDictionary<long, FiledTicket> Tickets { get; init; } = new Dictionary<long, FiledTicket>();

    public StoredPostmortem? Postmortem { get; init; }

    public IReadOnlyList<(int Version, DateTimeOffset CompiledAt)> PostmortemVersions { get; init; } = [];

    public string Name(string? userId) => userId is null ? "—" : Names.GetValueOrDefault(userId, userId);

    /// <summary>Recorded Slack text as plain words: mentions as names, links showing their real address.</summary>
    public string Readable(string? text) => SlackTextPlain.Read(text, Names);
}
