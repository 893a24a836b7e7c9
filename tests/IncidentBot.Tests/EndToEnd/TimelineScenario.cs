using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Steps the role and timeline tests share: declaring, joining the channel, reading state, shaping events.</summary>
public static class TimelineScenario
{
    /// <summary>Declares inline (the declarer becomes IC) and waits for the channel and brief.</summary>
    public static async Task<Incident> DeclareAsync(BotHarness bot, string user = "U1", string title = "Checkout is failing")
    {
        await bot.Requests.CommandAsync($"declare sev1 {title}", user);
        await bot.WaitForIdleAsync();
        return await LatestAsync(bot);
    }

    /// <summary>Declares through the modal with "I am the IC" unticked, so nobody holds IC.</summary>
    public static async Task<Incident> DeclareWithoutCommanderAsync(BotHarness bot, string user = "U1", string title = "Search is down")
    {
        await bot.Requests.CommandAsync("declare", user);
        var view = bot.Slack.State.Views.Last(v => v.CallbackId == "declare");
        await bot.Requests.InteractionAsync(ViewSubmission(view, user,
            Values(("title", Text(title)), ("severity", Select("sev1")), ("options", Checks()))));
        await bot.WaitForIdleAsync();
        return await LatestAsync(bot);
    }

    public static async Task<Incident> LatestAsync(BotHarness bot) =>
        (await bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).MaxBy(i => i.Number)!;

    public static async Task<Incident> ReloadAsync(BotHarness bot, Incident incident) =>
        (await bot.Services.GetRequiredServiceOf<IncidentStore>().GetAsync(incident.Id))!;

    public static Task<IReadOnlyList<TimelineEntry>> TimelineAsync(BotHarness bot, Incident incident) =>
        bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);

    /// <summary>People open the incident channel, as they would to click its buttons.</summary>
    public static Task JoinAsync(BotHarness bot, Incident incident, params string[] users) =>
        bot.Services.GetRequiredServiceOf<ISlackApi>().InviteAsync(incident.ChannelId!, users);

    public static string BriefText(BotHarness bot, Incident incident) =>
        bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible();

    public static JsonObject Click(BotHarness bot, string user, Incident incident, string actionId) =>
        BlockAction(user, incident.ChannelId!, actionId, incident.Id.ToString(CultureInfo.InvariantCulture),
            bot.Slack.IssueTriggerId(user), incident.BriefTs);

    public static JsonObject Envelope(string eventId, JsonObject evt) => new()
    {
        ["token"] = "verification_token",
        ["team_id"] = "T0001",
        ["api_app_id"] = "A0001",
        ["event"] = evt,
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1_700_000_000,
    };

    /// <summary>A <c>pin_added</c> event as Slack sends it, carrying the pinned message.</summary>
    public static JsonObject PinAdded(string channel, string pinnedBy, string ts, string author, string text) => new()
    {
        ["type"] = "pin_added",
        ["user"] = pinnedBy,
        ["channel_id"] = channel,
        ["item"] = new JsonObject
        {
            ["type"] = "message",
            ["channel"] = channel,
            ["created_by"] = pinnedBy,
            ["message"] = new JsonObject
            {
                ["type"] = "message", ["user"] = author, ["text"] = text, ["ts"] = ts, ["pinned_to"] = new JsonArray(channel),
            },
        },
        ["event_ts"] = "1700000000.000200",
    };

    /// <summary>A <c>reaction_added</c> event: only the message's channel and ts, never its text.</summary>
    public static JsonObject ReactionAdded(string channel, string user, string ts, string reaction, string author) => new()
    {
        ["type"] = "reaction_added",
        ["user"] = user,
        ["reaction"] = reaction,
        ["item_user"] = author,
        ["item"] = new JsonObject { ["type"] = "message", ["channel"] = channel, ["ts"] = ts },
        ["event_ts"] = "1700000000.000300",
    };
}
