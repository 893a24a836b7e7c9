using System.Text.Json.Nodes;

namespace IncidentBot.Tests.Support;

/// <summary>The bot's HTTP answer to a Slack request.</summary>
public sealed record SlackAnswer(int Status, string Body)
{
    public JsonObject? Json => Body.Length > 0 && Body.TrimStart().StartsWith('{') ? JsonNode.Parse(Body)!.AsObject() : null;

    /// <summary>The text of an ephemeral command answer.</summary>
    public string Text => Json?["text"]?.GetValue<string>() ?? "";
}
