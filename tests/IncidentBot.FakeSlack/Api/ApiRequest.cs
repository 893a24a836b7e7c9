using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>One Web API call's arguments plus typed accessors that fail the way Slack does.</summary>
internal sealed class ApiRequest(string method, IReadOnlyDictionary<string, string> args, ApiContext context)
{
    public string Method { get; } = method;

    public IReadOnlyDictionary<string, string> Args { get; } = args;

    public ApiContext Context { get; } = context;

    public FakeSlackState State => Context.State;

    /// <summary>The token the call carried (bearer header or <c>token</c> argument), if any.</summary>
    public string? Token { get; init; }

    /// <summary>The argument, or null when absent or empty.</summary>
    public string? Get(string name) =>
        Args.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>The argument, or the given Slack error when absent or empty.</summary>
    public string Require(string name, string error = "invalid_arguments") =>
        Get(name) ?? throw new SlackApiException(error, [$"[ERROR] missing required field: {name}"]);

    public bool Flag(string name) =>
        Get(name) is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    public int? Number(string name)
    {
        var value = Get(name);
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new SlackApiException("invalid_arguments", [$"[ERROR] {name} must be an integer"]);
    }

    /// <summary>Parses a JSON-valued argument; malformed JSON answers <paramref name="error"/>.</summary>
    public JsonNode? Json(string name, string error = "invalid_arguments")
    {
        var value = Get(name);
        if (value is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            throw new SlackApiException(error, [$"[ERROR] {name} is not valid JSON"]);
        }
    }

    /// <summary>The channel named by the argument; a user id names the bot's direct-message channel with that user.</summary>
    public SlackChannel Channel(string argName = "channel")
    {
        var id = Require(argName, "channel_not_found");
        return State.FindChannel(id)
            ?? (State.UsersById.ContainsKey(id) ? State.DirectChannel(id, Context.BotUserId, Context.Ids.UnixSeconds()) : null)
            ?? throw new SlackApiException("channel_not_found");
    }

    /// <summary>
    /// The conversation named by its ID (or a channel's name), as the conversations.* read methods take it: a user ID
    /// names no conversation there (Slack answers <c>channel_not_found</c>); conversations.open gives the DM's ID.
    /// </summary>
    public SlackChannel Conversation(string argName = "channel")
    {
        var id = Require(argName, "channel_not_found");
        return State.FindChannel(id) ?? throw new SlackApiException("channel_not_found");
    }

    public static JsonObject Ok() => new() { ["ok"] = true };

    public static JsonObject Fail(string error, IReadOnlyList<string> messages)
    {
        var body = new JsonObject { ["ok"] = false, ["error"] = error };
        if (messages.Count > 0)
        {
            body["response_metadata"] = new JsonObject { ["messages"] = new JsonArray([.. messages.Select(m => JsonValue.Create(m))]) };
        }

        return body;
    }
}
