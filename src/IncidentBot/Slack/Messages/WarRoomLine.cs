using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The brief's line for the incident's type (when not the default) and its war-room links: the type's and the bridge,
/// then the links of the alerts tied to it (an address already listed is not listed again).
/// </summary>
public sealed record WarRoomLine(IncidentType Type, IReadOnlyList<RunbookLink> Links)
{
    public static WarRoomLine Of(WarRoomLinks links, Words words, Incident incident, IReadOnlyList<RunbookLink>? alertLinks = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        var all = links.For(words, incident).Concat(alertLinks ?? []).DistinctBy(l => l.Url.AbsoluteUri, StringComparer.Ordinal).ToList();
        return new WarRoomLine(links.TypeOf(incident), all);
    }

    /// <summary>The line with the links of the alerts tied to the incident and its links in the vendors' systems, read from the database.</summary>
    public static async Task<WarRoomLine> OfAsync(
        WarRoomLinks links, IncidentAlertLinks alertLinks, Words words, Incident incident, CancellationToken ct, IntegrationLinks? integrationLinks = null)
    {
        ArgumentNullException.ThrowIfNull(alertLinks);
        ArgumentNullException.ThrowIfNull(incident);
        var vendor = integrationLinks is null ? [] : await integrationLinks.ForAsync(words, incident, ct);
        return Of(links, words, incident, [.. await alertLinks.ForAsync(words, incident.Id, ct), .. vendor]);
    }

    public bool IsEmpty => Type.IsDefault && Links.Count == 0;

    public string Describe(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var parts = new List<string>();
        if (!Type.IsDefault)
        {
            parts.Add(words.Text("types.brief.type", ("type", SlackText.Escape(Type.LabelIn(words)))));
        }

        if (Links.Count > 0)
        {
            parts.Add(words.Text("types.brief.links", ("links", string.Join(" · ", Links.Select(Link)))));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>An admin's link as <c>&lt;url|title&gt;</c>; the title cannot close the link or mention anyone.</summary>
    private static string Link(RunbookLink link) =>
        $"<{link.Url.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal)}|{SlackText.Escape(link.Title).Replace("|", "/", StringComparison.Ordinal)}>";
}
