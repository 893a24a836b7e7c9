using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// Pushed over a form whose submission failed on our side, so the person sees it failed and the form underneath keeps
/// what they typed.
/// </summary>
public static class FailureModal
{
    public static JsonObject Push() => new()
    {
        ["response_action"] = "push",
        ["view"] = new JsonObject
        {
            ["type"] = "modal",
            ["title"] = Blocks.PlainText("Not saved"),
            ["close"] = Blocks.PlainText("Back"),
            ["blocks"] = Blocks.Array([Blocks.Section(
                ":warning: That didn't go through because of a problem on our side, and nothing was changed. " +
                "Go back and submit again; your answers are still there.")]),
        },
    };
}
