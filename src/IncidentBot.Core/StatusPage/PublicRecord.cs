using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.StatusPage;

/// <summary>
/// Records what a change publishes, inside its transaction: the affected components as picked, and a public message with
/// its timeline entry. Nothing of a private or security incident is ever published, whatever was typed.
/// </summary>
public static class PublicRecord
{
    /// <summary>Whether anything about the incident may reach the page.</summary>
    public static bool MayPublish(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return !incident.IsPrivate && !SecurityIncidents.Is(incident);
    }

    /// <summary>Records <paramref name="post"/> (and queues its Statuspage sync when <paramref name="statuspage"/> is given); the message published, or null when there was no text or it may not be.</summary>
    public static async Task<PublicMessage?> RecordAsync(Change change, Words words, Incident incident, PublicPost post, string userId, string requestKey,
        Integrations.StatuspageDispatch? statuspage = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(post);
        if (post.Components is { } components)
        {
            await StatusPageStore.SetComponentsAsync(change.Transaction, incident.Id, components);
        }

        if (string.IsNullOrWhiteSpace(post.Text) || !MayPublish(incident))
        {
            return null;
        }

        var message = new PublicMessage(0, incident.Id, post.Stage ?? PublicStages.For(incident.Status), post.Text.Trim(), userId, change.Now);
        if (!await StatusPageStore.AddMessageAsync(change.Transaction, message, requestKey))
        {
            return null;
        }

        await change.AddToTimelineAsync(incident.Id, TimelineKind.PublicMessage,
            words.Text("statuspage.timeline.published", ("stage", words[$"statuspage.stage.{message.Stage}"]), ("text", message.Text)), userId);
        await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, incident.Id);
        if (statuspage is not null)
        {
            await statuspage.QueueForMessageAsync(change, incident, requestKey);
        }

        return message;
    }
}
