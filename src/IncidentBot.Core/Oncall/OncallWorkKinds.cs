using System.Globalization;
using System.Text.Json;

namespace IncidentBot.Core.Oncall;

/// <summary>Queued work of on-call paging and handoffs.</summary>
public static class OncallWorkKinds
{
    /// <summary>Page a rotation on declare. Payload: <see cref="RotationPayload"/>.</summary>
    public const string PageOnDeclare = "page_on_declare";

    /// <summary>DM a page with its buttons and mention it in the incident channel. Payload: <see cref="PagePayload"/>.</summary>
    public const string PostPage = "post_page";

    /// <summary>Invite someone who acknowledged a page (and did not become IC by it) to the channel. Payload: <see cref="PagePayload"/>.</summary>
    public const string JoinPaged = "join_paged";

    /// <summary>Tell the channel nobody is left to page, mentioning the escalation target. Payload: <see cref="ExhaustedPayload"/>.</summary>
    public const string PagesExhausted = "pages_exhausted";

    /// <summary>DM a rotation's incoming and outgoing people their handoff. Payload: <see cref="HandoffPayload"/>.</summary>
    public const string PostHandoff = "post_handoff";

    public static string PageKey(long pageId) => $"page:{pageId.ToString(CultureInfo.InvariantCulture)}";

    public static string Serialize<T>(T payload) => JsonSerializer.Serialize(payload);

    public static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json) ?? throw new JsonException("empty on-call payload");
}
