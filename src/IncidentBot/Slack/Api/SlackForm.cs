using System.Globalization;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>
/// Fields of a form-encoded Slack call. Complex values (blocks, views, metadata) travel as JSON text,
/// which every Slack method accepts, including read methods that refuse JSON bodies.
/// </summary>
internal sealed class SlackForm
{
    private readonly List<KeyValuePair<string, string>> _fields = [];

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    public SlackForm Add(string name, string? value)
    {
        if (value is not null)
        {
            _fields.Add(new(name, value));
        }

        return this;
    }

    public SlackForm Add(string name, bool value) => Add(name, value ? "true" : "false");

    public SlackForm Add(string name, int value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public SlackForm AddJson(string name, JsonNode? value) => Add(name, value?.ToJsonString());

    public FormUrlEncodedContent ToContent() => new(_fields);
}
