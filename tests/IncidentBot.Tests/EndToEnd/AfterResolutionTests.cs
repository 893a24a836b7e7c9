using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Jobs;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// A resolved incident's record: roles and the post-mortem review change only by the IC or an admin (anyone while there
/// is no IC), each change on the timeline; a post-mortem started late gets its review reminders and counts.
/// </summary>
[TestFixture]
public sealed class AfterResolutionTests
{
    private BotHarness _bot = null!;

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task RoleCommand_AfterResolutionBySomeoneElse_IsRefusedNamingWhoCanAndChangesNothing()
    {
        var incident = await StartResolvedAsync();

        var answer = await _bot.Requests.CommandAsync("role comms <@U3>", "U2", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-1 is resolved, so only the Incident Commander (<@U1>) or an admin (<@U9>) can change its roles"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).RoleHolder("comms"), Is.Null);
        Assert.That(await EntriesAfterResolutionAsync(incident), Is.Empty);
    }

    [TestCase("U1")]
    [TestCase("U9")]
    public async Task RoleCommand_AfterResolutionByTheCommanderOrAnAdmin_ChangesTheRoleOnTheTimeline(string user)
    {
        var incident = await StartResolvedAsync();

        await _bot.Requests.CommandAsync("role comms <@U3>", user, incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).RoleHolder("comms"), Is.EqualTo("U3"));
        var entry = (await EntriesAfterResolutionAsync(incident)).Single();
        Assert.That((entry.Kind, entry.Text, entry.UserId), Is.EqualTo((TimelineKind.RoleAssigned, $"<@{user}> made <@U3> Communications Lead", user)));
    }

    [Test]
    public async Task RolesModal_AfterResolutionBySomeoneElse_ShowsTheRefusalOnTheFieldAndAssignsNothing()
    {
        var incident = await StartResolvedAsync();
        await _bot.Requests.CommandAsync("roles", "U2", incident.ChannelId!);
        var view = _bot.Slack.State.Views.Last(v => v.CallbackId == "roles");

        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U2", Values(("role_scribe", UserSelect("U2")), ("role_lead", UserSelect("U3")))));
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Json?["response_action"]?.GetValue<string>(), Is.EqualTo("errors"));
        Assert.That(answer.Json?["errors"]?["role_scribe"]?.GetValue<string>(), Does.Contain("INC-1 is resolved, so only the Incident Commander (<@U1>)"));
        var stored = await ResolveSteps.ReloadAsync(_bot, incident);
        Assert.That((stored.RoleHolder("scribe"), stored.RoleHolder("lead")), Is.EqualTo(((string?)null, (string?)null)));
    }

    [Test]
    public async Task ReviewComplete_BySomeoneElse_IsRefusedAndTheReviewStaysOpenUntilTheCommanderClicks()
    {
        var incident = await StartResolvedAsync();
        await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1);

        await ClickReviewCompleteAsync(incident, "U2");
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).Stage, Is.EqualTo(IncidentStage.PostmortemDraft));
        Assert.That(ResolveSteps.NoticesTo(_bot, "U2"),
            Does.Contain("Only the Incident Commander (<@U1>) or an admin (<@U9>) can mark the post-mortem review complete for INC-1."));
        Assert.That(await EntriesAfterResolutionAsync(incident), Is.Empty);

        await ClickReviewCompleteAsync(incident, "U1");
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).Stage, Is.EqualTo(IncidentStage.Closed));
        var entry = (await EntriesAfterResolutionAsync(incident)).Single();
        Assert.That((entry.Kind, entry.UserId), Is.EqualTo((TimelineKind.PostmortemReviewed, "U1")));
    }

    [Test]
    public async Task PostmortemCommand_AfterAResolveWithoutOne_StartsItAndSchedulesTheReviewRemindersFromNow()
    {
        var incident = await StartResolvedAsync("01:00:00,02:00:00", "impact_confirmed");
        var scheduler = _bot.Services.GetRequiredServiceOf<JobScheduler>();
        Assert.That(await scheduler.NextFireAsync(PostmortemDueJob.KeyFor(incident.Id, 0)), Is.Null, "no post-mortem yet, no reminder");

        // Quartz keeps whole milliseconds: the reminder may land a fraction of one before an unrounded "before".
        var before = DateTimeOffset.FromUnixTimeMilliseconds(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
        var answer = await _bot.Requests.CommandAsync("postmortem", "U2", incident.ChannelId!);
        await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1);

        Assert.That(answer.Text, Does.Contain("Started the post-mortem for INC-1"));
        Assert.That(await scheduler.NextFireAsync(PostmortemDueJob.KeyFor(incident.Id, 0)), Is.GreaterThanOrEqualTo(before.AddHours(1)));
        Assert.That(await scheduler.NextFireAsync(PostmortemDueJob.KeyFor(incident.Id, 1)), Is.GreaterThanOrEqualTo(before.AddHours(2)));
        var entry = (await EntriesAfterResolutionAsync(incident)).Single();
        Assert.That((entry.Kind, entry.UserId), Is.EqualTo((TimelineKind.PostmortemStarted, "U2")));
    }

    [Test]
    public async Task PostmortemCommand_AfterAResolveWithoutOne_GetsTheReviewRemindersAndCountsInStats()
    {
        var incident = await StartResolvedAsync("00:00:01,00:00:02", "impact_confirmed");

        await _bot.Requests.CommandAsync("postmortem", "U2", incident.ChannelId!);

        await Eventually.TrueAsync(() => ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "post-mortem review for INC-1 is due").Count == 2,
            TimeSpan.FromSeconds(15), "two post-mortem due reminders");
        var stats = await _bot.Requests.CommandAsync("stats", "U3");
        Assert.That(MessageText.Of(stats.Json!["blocks"]!.ToJsonString()), Does.Contain("Post-mortems completed: 0% (0 of 1)"));
    }

    /// <summary>U1 declares (and is IC) and resolves, by default starting the post-mortem; U9 is an admin.</summary>
    private async Task<Incident> StartResolvedAsync(string? postmortemDueAfter = null, params string[] resolveOptions)
    {
        var settings = ResolveSteps.Settings(("IncidentBot:Admins", "U9"));
        if (postmortemDueAfter is not null)
        {
            settings["IncidentBot:PostmortemDueAfter"] = postmortemDueAfter;
        }

        _bot = await BotHarness.StartAsync(settings);
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident, options: resolveOptions);
        await _bot.WaitForIdleAsync();
        return await ResolveSteps.ReloadAsync(_bot, incident);
    }

    private async Task ClickReviewCompleteAsync(Incident incident, string user)
    {
        await _bot.Requests.InteractionAsync(BlockAction(user, incident.ChannelId!, "postmortem_review_complete",
            incident.Id.ToString(CultureInfo.InvariantCulture)));
        await _bot.WaitForIdleAsync();
    }

    private async Task<List<TimelineEntry>> EntriesAfterResolutionAsync(Incident incident)
    {
        var entries = await TimelineScenario.TimelineAsync(_bot, incident);
        var resolved = entries.Last(e => e.Kind == TimelineKind.Resolved);
        return entries.SkipWhile(e => e != resolved).Skip(1).ToList();
    }
}
