using System.Text.Json.Nodes;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// Pushed over a form whose submission failed on our side, so the person sees it failed and the form underneath keeps
/// what they typed. In the submitter's words, as the form was.
/// </summary>
public static class FailureModal
{
    public static JsonObject Push(Words words) => new()
    {
        ["response_action"] = "push",
        ["view"] = new JsonObject
        {
            ["type"] = "modal",
            ["title"] = Blocks.PlainText(words["form.failure.title"]),
            ["close"] = Blocks.PlainText(words["form.failure.back"]),
            ["blocks"] = Blocks.Array([Blocks.Section($":warning: {words["form.failure.text"]}")]),
        },
    };
}
