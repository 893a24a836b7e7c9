using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Oncall;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Steps shared by the paging tests: a rotation U2 then U3 whose turn (U2's) began yesterday, paged on SEV1.</summary>
internal static class PagingSteps
{
    public static readonly string Handoff =
        TimeProvider.System.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    public static Dictionary<string, string?> Settings(string ackWindow, params (string Key, string? Value)[] extra) => ResolveSteps.Settings(
        [("IncidentBot:Rotations:platform:Members", "U2,U3"), ("IncidentBot:Rotations:platform:Handoff", Handoff),
         ("IncidentBot:Severities:sev1:Rotation", "platform"), ("IncidentBot:Severities:sev1:AckWindow", ackWindow), .. extra]);

    /// <summary>Declares through the form, leaving "I am the IC" unticked, and returns the incident once its channel exists.</summary>
    public static async Task<Incident> DeclareAsync(BotHarness bot, string user = "U1")
    {
        await bot.Requests.CommandAsync("declare sev1", user);
        var view = bot.Slack.State.Views.Last(v => v.CallbackId == "declare");
        var answer = await bot.Requests.InteractionAsync(ViewSubmission(view, user, Values(
            ("title", Text("Checkout is failing")), ("severity", Select("sev1")), ("options", Checks()), (RotationField.Block, Select("platform")))));
        Assert.That(answer.Status, Is.EqualTo(200));
        await Eventually.TrueAsync(async () => (await bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Any(i => i.ChannelId is not null),
            TimeSpan.FromSeconds(20), "the incident's channel");
        return (await bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();
    }

    public static List<SlackMessage> Pages(BotHarness bot, string user) =>
        bot.Slack.State.DirectMessages(user).Where(m => m.MetadataEventType == PageMessage.MetadataEventType).ToList();

    public static Task WaitForPageAsync(BotHarness bot, string user, int count = 1, int seconds = 20) =>
        Eventually.TrueAsync(() => Pages(bot, user).Count >= count, TimeSpan.FromSeconds(seconds), $"{user} to be paged");

    /// <summary>Clicks a button of <paramref name="user"/>'s latest page.</summary>
    public static Task<SlackAnswer> ClickAsync(BotHarness bot, string user, string actionId, string? clicker = null)
    {
        var blocks = JsonNode.Parse(Pages(bot, user)[^1].BlocksJson!)!.AsArray();
        var value = blocks.Where(b => (string?)b!["type"] == "actions").SelectMany(b => b!["elements"]!.AsArray())
            .Single(e => (string?)e!["action_id"] == actionId)!["value"]!.GetValue<string>();
        return bot.Requests.InteractionAsync(BlockAction(clicker ?? user, "D" + user, actionId, value));
    }

    public static Task<IReadOnlyList<Page>> PagesOfAsync(BotHarness bot, Incident incident) =>
        bot.Services.GetRequiredServiceOf<PageStore>().ListAsync(incident.Id);

    public static async Task<List<string>> TimelineAsync(BotHarness bot, Incident incident) =>
        (await bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id)).Select(e => e.Text).ToList();
}
