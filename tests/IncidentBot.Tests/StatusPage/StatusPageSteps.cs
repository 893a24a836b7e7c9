using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.StatusPage;

/// <summary>Steps the status page's tests share: its settings, opening and submitting the update form, reading the page.</summary>
internal static class StatusPageSteps
{
    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra) => ResolveSteps.Settings(
        [
            ("IncidentBot:StatusPage:Title", "Acme status"),
            ("IncidentBot:StatusPage:Components:api:Name", "Public API"),
            ("IncidentBot:StatusPage:Components:api:Order", "1"),
            ("IncidentBot:StatusPage:Components:checkout:Name", "Checkout"),
            ("IncidentBot:StatusPage:Components:checkout:Order", "2"),
            ("IncidentBot:StatusPage:Links:Support", "https://support.example.com"),
            .. extra,
        ]);

    public static async Task<SlackView> OpenUpdateFormAsync(BotHarness bot, Incident incident, string user = "U1")
    {
        var before = bot.Slack.State.Views.Count(v => v.CallbackId == "update");
        await bot.Requests.CommandAsync("update", user, incident.ChannelId!);
        var views = bot.Slack.State.Views.Where(v => v.CallbackId == "update").ToList();
        Assert.That(views, Has.Count.EqualTo(before + 1), "the update form opened");
        return views[^1];
    }

    public static JsonObject Components(params string[] values) => new()
    {
        ["type"] = "multi_static_select",
        ["selected_options"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject { ["value"] = v }).ToArray()),
    };

    /// <summary>Submits the update form with a status, a summary and the given status-page fields.</summary>
    public static Task<SlackAnswer> SubmitAsync(BotHarness bot, SlackView view, string status, string summary, params (string Block, JsonObject Element)[] more) =>
        bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values([("status", Select(status)), ("summary", Text(summary)), .. more])));

    public static JsonNode? Block(SlackView view, string blockId) =>
        JsonNode.Parse(view.Json)!["blocks"]!.AsArray().SingleOrDefault(b => b!["block_id"]?.GetValue<string>() == blockId);

    public static async Task<(string Body, HttpResponseMessage Response)> GetAsync(BotHarness bot, string path)
    {
        var response = await bot.Http.GetAsync(new Uri(path, UriKind.Relative));
        return (await response.Content.ReadAsStringAsync(), response);
    }
}
