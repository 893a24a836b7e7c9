using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Api;

/// <summary>
/// Fields of a form-encoded Slack call. Complex values (blocks, views, metadata) travel as JSON text,
/// which every Slack method accepts, including read methods that refuse JSON bodies. Every value passes the
/// <see cref="MentionFence"/> on its way out, so no call can notify a whole channel.
/// </summary>
internal sealed class SlackForm
{
    private readonly List<(string Name, string? Text, JsonNode? Json)> _fields = [];

    public SlackForm Add(string name, string? value)
    {
        if (value is not null)
        {
            _fields.Add((name, value, null));
        }

        return this;
    }

    public SlackForm Add(string name, bool value) => Add(name, value ? "true" : "false");

    public SlackForm Add(string name, int value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public SlackForm AddJson(string name, JsonNode? value)
    {
        if (value is not null)
        {
            _fields.Add((name, null, value));
        }

        return this;
    }

    public FormUrlEncodedContent ToContent(MentionFence fence) =>
        new(_fields.Select(f => KeyValuePair.Create(f.Name, f.Json is { } json ? fence.Json(json)!.ToJsonString() : fence.Text(f.Text)!)));
}
