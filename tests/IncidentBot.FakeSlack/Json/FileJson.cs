using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Renders a file object.</summary>
internal static class FileJson
{
    public static JsonObject Render(SlackFile f) => new()
    {
        ["id"] = f.Id,
        ["name"] = f.Filename,
        ["title"] = f.Title ?? f.Filename,
        ["size"] = f.Bytes.Length,
        ["mimetype"] = "application/octet-stream",
        ["url_private"] = $"https://files.fake.slack.com/files-pri/T0001-{f.Id}/{Uri.EscapeDataString(f.Filename)}",
        ["channels"] = f.Channel is null ? new JsonArray() : new JsonArray(f.Channel),
    };
}
