using System.Globalization;
using Dapper;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;

namespace IncidentBot.Benchmarks;

/// <summary>
/// Writes open, already provisioned SEV2 incidents into a fresh database, on either engine, through Core's own stores,
/// as if each had been declared (and its channel, pinned brief and feed headline created) one update cadence before its
/// reminder is due. The Incident Commander is set, so no role reminder is pending. Each incident gets the
/// <c>sync_schedule</c> work that a declaration queues, so the bot schedules every reminder itself when it starts. The
/// matching channels, briefs and headlines are created in the fake Slack, so the reminder and the brief refresh after it
/// find what they expect.
/// </summary>
public static class OpenIncidentSeeder
{
    public const string Severity = "sev2";

    public static async Task<IReadOnlyList<SeededIncident>> SeedAsync(
        string databaseSetting, FakeSlackServer slack, IReadOnlyList<DateTimeOffset> reminderDue, TimeSpan cadence)
    {
        using var database = Database.Open(databaseSetting);
        await new Migrator(database).MigrateAsync();
        var (incidents, timeline, outbox) = (new IncidentStore(database), new TimelineStore(database), new OutboxStore(database));
        var now = TimeProvider.System.GetUtcNow();
        return await database.InTransactionAsync(async tx =>
        {
            var seeded = new List<SeededIncident>(reminderDue.Count);
            for (var i = 0; i < reminderDue.Count; i++)
            {
                var declared = reminderDue[i] - cadence;
                var title = $"Seeded incident {i + 1}";
                var id = (await incidents.InsertAsync(tx, new NewIncident(
                    title, Severity, false, "U1", UnixTime.ToUnixMs(declared), null, null, $"seed-{i + 1}", null))).Id;
                await incidents.AddMemberAsync(tx, id, "U1", declared);
                await incidents.SetRoleAsync(tx, id, RoleCatalog.IncidentCommander, "U1", declared);
                await timeline.AddAsync(tx, new TimelineEntry(0, id, declared, declared, TimelineKind.Declared, $"Declared SEV2: {title}", "U1"));
                var channel = CreateSlackSide(slack, id, title, out var briefTs, out var feedTs);
                await tx.Connection!.ExecuteAsync("""
                    UPDATE incidents SET channel_id = @channel, channel_name = @name, brief_ts = @briefTs, feed_ts = @feedTs WHERE id = @id
                    """, new { channel, name = ChannelName(id), briefTs, feedTs, id }, tx);
                await outbox.EnqueueCoalescedAsync(tx, WorkKinds.SyncSchedule, id, now);
                seeded.Add(new SeededIncident(id, channel, reminderDue[i]));
            }

            return seeded;
        });
    }

    private static string CreateSlackSide(FakeSlackServer slack, long id, string title, out string briefTs, out string feedTs)
    {
        var channel = "CSEED" + id.ToString("D6", CultureInfo.InvariantCulture);
        slack.AddChannel(channel, ChannelName(id), false, slack.BotUserId, "U1");
        briefTs = slack.AddUserMessage(channel, slack.BotUserId, $"Brief: {title}");
        feedTs = slack.AddUserMessage(BenchmarkEnvironment.FeedChannel, slack.BotUserId, $"Headline: {title}");
        return channel;
    }

    private static string ChannelName(long id) => "incident-seeded-" + id.ToString(CultureInfo.InvariantCulture);
}
