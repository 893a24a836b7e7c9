using IncidentBot.Core.Incidents;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;
using static IncidentBot.Slack.Messages.PublicFormBlocks;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// Reads the status page's fields of a submitted form: the affected components, and on the update form the public
/// message and stage. A customer template left untouched publishes nothing; one with a <c>[placeholder]</c> still in it
/// is an error on the message, as is any public message on a private or security incident.
/// </summary>
public static class PublicFormReader
{
    /// <summary>The components picked, or null when the form had no picker (nothing configured).</summary>
    public static IReadOnlyDictionary<string, ComponentState>? Components(Words words, InteractionPayload payload, ComponentCatalog catalog, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(errors);
        if (catalog.All.Count == 0)
        {
            return null;
        }

        var (picked, unknown) = catalog.Read(payload.SelectedValues(ComponentsBlock));
        if (unknown.Count > 0)
        {
            errors[ComponentsBlock] = words["statuspage.form.error.component"];
        }

        return picked;
    }

    /// <summary>What the update form publishes; null when the incident's form had no status-page fields.</summary>
    public static PublicPost? Read(Words words, InteractionPayload payload, Incident incident, ComponentCatalog catalog, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(errors);
        var text = payload.TextValue(PublicMessageBlock)?.Trim();
        if (!PublicRecord.MayPublish(incident))
        {
            if (!string.IsNullOrEmpty(text))
            {
                errors[PublicMessageBlock] = words["statuspage.form.error.private"];
            }

            return null;
        }

        var components = Components(words, payload, catalog, errors);
        if (PublicStages.Live.Any(s => text == Template(words, s).Trim() && LeftPlaceholder(words, text) is not null))
        {
            text = null;
        }
        else if (!string.IsNullOrEmpty(text) && LeftPlaceholder(words, text) is { } placeholder)
        {
            errors[PublicMessageBlock] = words.Text("statuspage.form.error.placeholder", ("placeholder", placeholder));
        }

        var chosen = payload.SelectedValue(PublicStageBlock);
        var stage = PublicStages.Parse(chosen);
        if (chosen is not null && (stage is null || !PublicStages.Live.Contains(stage.Value)))
        {
            errors[PublicStageBlock] = words.Text("statuspage.form.error.stage",
                ("stages", words.Either(PublicStages.Live.Select(s => words[$"statuspage.stage.{s}"]).ToList())));
        }

        return new PublicPost(string.IsNullOrEmpty(text) ? null : text, stage, components);
    }
}
