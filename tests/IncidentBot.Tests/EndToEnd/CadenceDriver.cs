using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Drives a bot through declare / update / wait-for-message steps for the cadence tests.</summary>
public sealed class CadenceDriver(BotHarness bot)
{
    public BotHarness Bot => bot;

    public static DateTimeOffset TimeOf(SlackMessage message)
    {
        var parts = message.Ts.Split('.');
        var micros = long.Parse(parts[0], CultureInfo.InvariantCulture) * 1_000_000 + long.Parse(parts[1], CultureInfo.InvariantCulture);
        return DateTimeOffset.FromUnixTimeMilliseconds(micros / 1000);
    }

    public async Task<Incident> DeclareAsync(string text = "declare sev1 Checkout is failing", string user = "U1")
    {
        var answer = await bot.Requests.CommandAsync(text, user);
        Assert.That(answer.Text, Does.Contain("Declaring"), answer.Body);
        await bot.WaitForIdleAsync();
        return (await bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).OrderBy(i => i.Number).Last();
    }

    public async Task<Incident> ReloadAsync(Incident incident) =>
        (await bot.Services.GetRequiredServiceOf<IncidentStore>().GetAsync(incident.Id))!;

    public IReadOnlyList<SlackMessage> Reminders(Incident incident) =>
        bot.Slack.State.Messages(incident.ChannelId!).Where(m => m.MetadataEventType == "incident_reminder" && m.Text.Contains("Update due", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<SlackMessage> ChannelMessages(Incident incident, string eventType) =>
        bot.Slack.State.Messages(incident.ChannelId!).Where(m => m.MetadataEventType == eventType).ToList();

    public async Task<SlackMessage> WaitForReminderAsync(Incident incident, int count, TimeSpan timeout)
    {
        await Eventually.TrueAsync(() => Reminders(incident).Count >= count, timeout, $"update reminder #{count}");
        return Reminders(incident)[count - 1];
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Incident incident) =>
        await bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);

    /// <summary>
    /// Settings for a harness; <c>urls</c> keeps the host off its default port 3000, which another test run may hold.
    /// </summary>
    public static Dictionary<string, string?> Settings(params (string Key, string Value)[] pairs)
    {
        var settings = pairs.ToDictionary(p => p.Key, p => (string?)p.Value);
        settings["urls"] = "http://127.0.0.1:0";
        return settings;
    }
}
