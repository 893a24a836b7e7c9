using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The brief's line for the incident's type (when not the default) and its war-room links.</summary>
public sealed record WarRoomLine(IncidentType Type, IReadOnlyList<RunbookLink> Links)
{
    public static WarRoomLine Of(WarRoomLinks links, Words words, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(links);
        return new WarRoomLine(links.TypeOf(incident), links.For(words, incident));
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
