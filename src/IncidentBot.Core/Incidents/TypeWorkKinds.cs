namespace IncidentBot.Core.Incidents;

/// <summary>The kinds of queued Slack work incident types and checklists ask for.</summary>
public static class TypeWorkKinds
{
    /// <summary>
    /// After the channel is set up: the type's runbook, dashboard and video-bridge bookmarks, the "how this channel
    /// works" message and the checklist message, each once.
    /// </summary>
    public const string OpenWarRoom = "open_war_room";

    /// <summary>Post the checklist message again in the incident's channel (<c>/incident checklist</c>).</summary>
    public const string PostChecklist = "post_checklist";

    /// <summary>Rewrite one checklist message (its ts is the payload) from the stored ticks.</summary>
    public const string RefreshChecklist = "refresh_checklist";

    public static string OpenWarRoomKey(long incidentId) => $"war-room:{incidentId}";
}
