using IncidentBot.Jobs;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IncidentBot.Tests.Jobs;

/// <summary>The schedule sync keeps exactly one pending trigger per incident and kind, at the time the policies give.</summary>
[TestFixture]
public sealed class SyncScheduleTests
{
    [Test]
    public async Task Updates_ManyInARow_LeaveOnePendingReminderOneCadenceAfterTheLast()
    {
        await using var bot = await BotHarness.StartAsync(CadenceDriver.Settings(("IncidentBot:Severities:sev1:RequiredRoles", "ic")));
        var driver = new CadenceDriver(bot);
        var incident = await driver.DeclareAsync();

        for (var i = 1; i <= 3; i++)
        {
            await bot.Requests.CommandAsync($"update step {i}", channel: incident.ChannelId!);
        }

        await bot.WaitForIdleAsync();
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals("update-reminder"));
        var last = (await driver.ReloadAsync(incident)).LastUpdateAt!.Value;
        var next = await bot.Services.GetRequiredService<JobScheduler>().NextFireAsync(IncidentJobKeys.UpdateReminder(incident.Id));

        Assert.That(triggers, Has.Count.EqualTo(1));
        Assert.That(next, Is.EqualTo(last + TimeSpan.FromMinutes(30)).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals("role-reminder")), Is.Empty, "the IC is the only required role and is held");
    }
}
