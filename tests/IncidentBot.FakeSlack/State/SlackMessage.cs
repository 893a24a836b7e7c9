using System.Collections.Immutable;

namespace IncidentBot.FakeSlack;

/// <summary>A snapshot of one message in a channel.</summary>
/// <param name="Channel">Channel ID.</param>
/// <param name="Ts">Message timestamp, e.g. <c>1732480000.000100</c>.</param>
/// <param name="User">Author user ID (the bot user for bot messages).</param>
/// <param name="BotId">Bot ID when the bot posted it, else null.</param>
/// <param name="Text">Message text (truncated to 40,000 chars like Slack).</param>
/// <param name="BlocksJson">The <c>blocks</c> array as JSON text, or null.</param>
/// <param name="ThreadTs">Parent ts for thread replies (and for parents that have replies), else null.</param>
/// <param name="MetadataEventType">The <c>metadata.event_type</c>, or null.</param>
/// <param name="MetadataPayloadJson">The <c>metadata.event_payload</c> as JSON text, or null.</param>
/// <param name="Edits">Earlier versions, oldest first; empty when never edited.</param>
/// <param name="FileIds">Files shared with this message.</param>
/// <param name="Reactions">Reaction names added by the bot.</param>
public sealed record SlackMessage(
    string Channel,
    string Ts,
    string User,
    string? BotId,
    string Text,
    string? BlocksJson,
    string? ThreadTs,
    string? MetadataEventType,
    string? MetadataPayloadJson,
    ImmutableList<SlackMessageEdit> Edits,
    ImmutableList<string> FileIds,
    ImmutableList<string> Reactions)
{
    public bool IsThreadReply => ThreadTs is not null && ThreadTs != Ts;

    public bool IsEdited => !Edits.IsEmpty;
}
