namespace IncidentBot.FakeSlack;

/// <summary>A body the bot POSTed to a response_url issued by <see cref="FakeSlackServer.NewResponseUrl"/>.</summary>
/// <param name="Body">The raw JSON body.</param>
/// <param name="Text">The <c>text</c> field, if any.</param>
/// <param name="ResponseType">The <c>response_type</c> field (<c>ephemeral</c> or <c>in_channel</c>), if any.</param>
/// <param name="ReplaceOriginal">The <c>replace_original</c> flag.</param>
/// <param name="DeleteOriginal">The <c>delete_original</c> flag.</param>
/// <param name="BlocksJson">The <c>blocks</c> array as JSON text, if any.</param>
/// <param name="At">Arrival time per the server's <see cref="TimeProvider"/>.</param>
public sealed record ResponseUrlPost(
    string Body,
    string? Text,
    string? ResponseType,
    bool ReplaceOriginal,
    bool DeleteOriginal,
    string? BlocksJson,
    DateTimeOffset At);
