using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>A breach clock with nobody to DM (no IC, no contact configured) reminds the incident's channel instead.</summary>
[TestFixture]
public sealed class BreachClockWithoutRecipientsTests
{
    [Test]
    public async Task Clock_NoIcAndNoContact_RemindsInTheChannel()
    {
        await using var bot = await BotHarness.StartAsync(ResolveSteps.Settings(
            ("IncidentBot:Types:security:BreachNotifyAfter", "00:00:30"),
            ("IncidentBot:Types:security:BreachReminders", "00:00:02")));
        await bot.Requests.CommandAsync("declare");
        var view = bot.Slack.State.Views.Single(v => v.CallbackId == "declare");
        await bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(
            ("title", Text("Phishing wave")), ("severity", Select("sev2")), ("type", Select("security")), ("options", Checks()))));
        await bot.WaitForIdleAsync();
        var incident = (await bot.Services.GetRequiredServiceOf<Core.Storage.IncidentStore>().GetByNumberAsync(1))!;
        Assert.That(incident.Commander, Is.Null);

        await Eventually.TrueAsync(() => bot.Slack.State.Messages(incident.ChannelId!).Any(m => m.MetadataEventType == BreachNoticeMessage.MetadataEventType),
            TimeSpan.FromSeconds(15), "the reminder in the channel");

        var reminder = bot.Slack.State.Messages(incident.ChannelId!).Single(m => m.MetadataEventType == BreachNoticeMessage.MetadataEventType);
        Assert.That(reminder.Visible(), Does.Contain("Reminder 1 of 1").And.Contain("/incident breach not-required"));
        Assert.That(bot.Slack.State.DirectMessages("U1").Where(m => m.MetadataEventType == BreachNoticeMessage.MetadataEventType), Is.Empty);
    }
}
