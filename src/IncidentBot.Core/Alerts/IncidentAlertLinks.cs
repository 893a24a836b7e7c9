using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// The links of the alerts tied to an incident, as its channel is bookmarked with them and its brief lists them: each
/// address once, in the order the alerts were tied to it, at most <see cref="Max"/> (an incident many alerts were linked
/// to would otherwise bury its channel's bookmark bar). Each is named for its kind and its alert's title.
/// </summary>
public sealed class IncidentAlertLinks(AlertStore alerts)
{
    public const int Max = 20;

    public async Task<IReadOnlyList<RunbookLink>> ForAsync(Words words, long incidentId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tied = await alerts.ForIncidentAsync(incidentId, ct);
        return tied
            .SelectMany(alert => alert.LinkList.Select(link => (alert.Title, link)))
            .DistinctBy(x => x.link.Url, StringComparer.Ordinal)
            .Take(Max)
            .Select(x => new RunbookLink(Name(words, x.link.Kind, x.Title), new Uri(x.link.Url)))
            .ToList();
    }

    private static string Name(Words words, string kind, string title)
    {
        var name = words.Text($"alert.link.{kind}", ("title", title));
        return name.Length <= RunbookLink.TitleMax ? name : name[..(RunbookLink.TitleMax - 1)] + "…";
    }
}
