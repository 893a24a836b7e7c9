using System.Text.Json.Nodes;
using IncidentBot.Core.Oncall;
using IncidentBot.Oncall;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// The rotation <c>pagerduty</c>, end to end against the fake PagerDuty REST API and the fake Slack, one bot for the
/// fixture: declaring pages the schedule's current on-call (the lowest escalation level first, matched to Slack members by
/// email); an on-call with no Slack member, or PagerDuty failing, pages the severity's escalation target and the timeline
/// says why; <c>/incident oncall</c> answers at once that PagerDuty is being asked, then follows up ephemerally through
/// the command's response_url with the schedule's on-call, or with why PagerDuty could not be read (down, or too slow).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PagerDutyOncallTests
{
    private FakePagerDuty _pagerDuty = null!;
    private BotHarness _bot = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _pagerDuty = await FakePagerDuty.StartAsync();
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(
            ("IncidentBot:PagerDuty:ApiToken", FakePagerDuty.ApiToken), ("IncidentBot:PagerDuty:ScheduleId", FakePagerDuty.ScheduleId),
            ("IncidentBot:PagerDuty:BaseUrl", _pagerDuty.BaseUrl.ToString()),
            ("IncidentBot:Severities:sev1:Rotation", "pagerduty"), ("IncidentBot:Severities:sev1:EscalationTarget", "U1")));
        _bot.Slack.AddUser("U2", "bob", "Bob Baker", email: "bob@example.com");
        _bot.Slack.AddUser("U3", "carol", "Carol Cole", email: "Carol@Example.com");
        _bot.Slack.AddUser("U4", "dan", "Dan Dale");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _bot.DisposeAsync();
        await _pagerDuty.DisposeAsync();
    }

    [SetUp]
    public void Reset()
    {
        _pagerDuty.FailOnCalls(0);
        _pagerDuty.HangOnCalls(false);
    }

    [Test]
    public async Task Declare_PagerDutyRotation_PagesTheSchedulesPrimary_ThenItsNextLevel()
    {
        _pagerDuty.SetOnCall(new OnCallEntry("PSECOND", "Carol Cole", "carol@example.com", 2), new OnCallEntry("PFIRST", "Bob Baker", "bob@example.com", 1));

        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing", "U1");
        await PagedAsync(incident);
        Assert.That(_pagerDuty.OnCallProblems, Is.Empty, "the request fits PagerDuty's published description of GET /oncalls");
        await PagingSteps.WaitForPageAsync(_bot, "U2");

        var page = (await PagingSteps.PagesOfAsync(_bot, incident)).Single();
        Assert.That((page.UserId, page.Position, page.Rotation), Is.EqualTo(("U2", PagePosition.Primary, "pagerduty")));
        Assert.That(page.Next.Select(c => (c.UserId, c.Position)), Is.EqualTo(new[] { ("U3", PagePosition.Secondary), ("U1", PagePosition.Target) }));
    }

    [Test]
    public async Task Declare_OnCallWithNoSlackMember_PagesTheEscalationTarget_AndTheTimelineSaysWhy()
    {
        _pagerDuty.SetOnCall(new OnCallEntry("PZED", "Zed <!channel>", "zed@elsewhere.example", 1));

        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Search is slow", "U2");
        await PagedAsync(incident);

        Assert.That((await PagingSteps.PagesOfAsync(_bot, incident)).Single().Position, Is.EqualTo(PagePosition.Target));
        Assert.That(await PagingSteps.TimelineAsync(_bot, incident), Has.Some.Contains("no Slack member has the email of Zed")
            .And.None.Contains("<!channel>"), "the reason is on the timeline, the PagerDuty name fenced");
    }

    [Test]
    public async Task Declare_PagerDutyFailing_PagesTheEscalationTarget_AndTheTimelineSaysWhy()
    {
        _pagerDuty.FailOnCalls(503);

        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Login is failing", "U3");
        await PagedAsync(incident);

        Assert.That((await PagingSteps.PagesOfAsync(_bot, incident)).Single().UserId, Is.EqualTo("U1"));
        Assert.That(await PagingSteps.TimelineAsync(_bot, incident), Has.Some.Contains("PagerDuty could not be read (503)"));
    }

    private Task PagedAsync(Core.Incidents.Incident incident) =>
        Eventually.TrueAsync(async () => (await PagingSteps.PagesOfAsync(_bot, incident)).Count > 0, TimeSpan.FromSeconds(10), "a page");

    [Test]
    public async Task Oncall_AnswersAtOnce_ThenTheSchedulesOnCallFollowsEphemerally()
    {
        _pagerDuty.SetOnCall(new OnCallEntry("PFIRST", "Bob Baker", "bob@example.com", 1));

        var answer = await _bot.Requests.CommandAsync("oncall", "U1");
        var followUp = await FollowUpAsync(_bot.Requests.LastResponseUrl!);

        Assert.That(answer.Text, Does.Contain($"`pagerduty` (the PagerDuty schedule {FakePagerDuty.ScheduleId})")
            .And.Contain("Looking up who is on call in PagerDuty").And.Not.Contain("On call now"));
        Assert.That(followUp.ResponseType, Is.EqualTo("ephemeral"));
        Assert.That(followUp.Text, Does.Contain($"`pagerduty` (the PagerDuty schedule {FakePagerDuty.ScheduleId})").And.Contain("On call now: <@U2>"));
    }

    [Test]
    public async Task Oncall_PagerDutyHanging_TheAnswerStillComesAtOnce_AndTheFollowUpSaysItDidNotAnswer()
    {
        _pagerDuty.HangOnCalls(true);
        var asked = _pagerDuty.OnCallRequests;

        var started = TimeProvider.System.GetTimestamp();
        var answer = await _bot.Requests.CommandAsync("oncall", "U1");
        var took = TimeProvider.System.GetElapsedTime(started);
        await Eventually.TrueAsync(() => _pagerDuty.OnCallRequests > asked, TimeSpan.FromSeconds(10), "PagerDuty to be asked");
        var followUp = await FollowUpAsync(_bot.Requests.LastResponseUrl!);

        Assert.That(answer.Text, Does.Contain("Looking up who is on call in PagerDuty"));
        Assert.That(took, Is.LessThan(IncidentBot.Hosting.PagerDutyRegistration.OncallTimeout), "Slack's answer does not wait for PagerDuty");
        Assert.That(followUp.ResponseType, Is.EqualTo("ephemeral"));
        Assert.That(followUp.Text, Does.Contain("PagerDuty's on-call could not be read (it did not answer in time)"));
    }

    [Test]
    public async Task Oncall_PagerDutyFailing_TheFollowUpSaysItCouldNotBeRead_InTheAskersLanguage()
    {
        _pagerDuty.FailOnCalls(503);
        _bot.Slack.AddUser("U5", "ivan", "Ivan Ivanov", locale: "ru-RU");

        var answer = await _bot.Requests.CommandAsync("oncall", "U5");
        var followUp = await FollowUpAsync(_bot.Requests.LastResponseUrl!);

        Assert.That(answer.Text, Does.Contain("Смотрю, кто дежурит в PagerDuty"));
        Assert.That(followUp.ResponseType, Is.EqualTo("ephemeral"));
        Assert.That(followUp.Text, Does.Contain("Не удалось узнать дежурных в PagerDuty (503)").And.Not.Contain("эскалации"),
            "a clear error about the listing, not the paging fallback's words");
    }

    /// <summary>The one follow-up the bot posts to a command's response_url.</summary>
    private async Task<IncidentBot.FakeSlack.ResponseUrlPost> FollowUpAsync(Uri responseUrl)
    {
        await Eventually.TrueAsync(() => _bot.Slack.ResponseUrlPosts(responseUrl).Count > 0, TimeSpan.FromSeconds(20), "the follow-up through the response_url");
        await _bot.WaitForIdleAsync();
        return _bot.Slack.ResponseUrlPosts(responseUrl).Single();
    }

    [Test]
    public async Task DeclareForm_OffersPagerDuty_PreselectedForTheSeverityThatNamesIt()
    {
        await _bot.Requests.CommandAsync("declare sev1", "U1");

        var view = JsonNode.Parse(_bot.Slack.State.Views.Last(v => v.CallbackId == "declare").Json)!;
        var picker = view["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == RotationField.Block)!["element"]!;
        Assert.That(picker["options"]!.AsArray().Select(o => (string?)o!["value"]), Does.Contain("pagerduty"));
        Assert.That((string?)picker["initial_option"]!["value"], Is.EqualTo("pagerduty"));
    }

    [Test]
    public async Task DeclareForm_PagerDutyPickedForASeverityWithoutARotation_PagesTheSchedulesOnCall()
    {
        _pagerDuty.SetOnCall(new OnCallEntry("PSECOND", "Carol Cole", "carol@example.com", 1));
        await _bot.Requests.CommandAsync("declare sev2", "U4");
        var view = _bot.Slack.State.Views.Last(v => v.CallbackId == "declare" && v.UserId == "U4");

        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U4", Values(("title", Text("Exports are late")), ("severity", Select("sev2")),
            ("options", Checks()), (RotationField.Block, Select("pagerduty")))));

        Assert.That(answer.Status, Is.EqualTo(200));
        await PagingSteps.WaitForPageAsync(_bot, "U3");
        Assert.That(PagingSteps.Pages(_bot, "U3").Last().Text, Does.Contain("(SEV2, ").And.Contain("on call for `pagerduty`"));
    }

    [Test]
    public async Task OncallSet_TheReservedName_IsRefused()
    {
        var answer = await _bot.Requests.CommandAsync("oncall set pagerduty <@U2|bob>", "U1");

        Assert.That(answer.Text, Does.StartWith("`pagerduty` is reserved for the PagerDuty schedule's on-call"));
        Assert.That(await _bot.Services.GetRequiredServiceOf<RotationService>().NamesAsync(), Does.Not.Contain("pagerduty"));
    }

    [Test]
    public async Task Integrations_ShowsPagerDutyOn_WithTheScheduleReadAsItsLastCall()
    {
        _pagerDuty.SetOnCall(new OnCallEntry("PFIRST", "Bob Baker", "bob@example.com", 1));
        await _bot.Requests.CommandAsync("oncall", "U1");
        await FollowUpAsync(_bot.Requests.LastResponseUrl!);

        var answer = await _bot.Requests.CommandAsync("integrations", "U1");

        Assert.That((string?)answer.Json!["blocks"]![1]!["text"]!["text"], Does.Match(@"\*PagerDuty\*: :large_green_circle: on · last call <!date[^>]+>: succeeded \(200\)"));
    }

    [Test]
    public async Task TheFake_RefusesARequestOffPagerDutysDescription()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_pagerDuty.BaseUrl, $"oncalls?schedule_ids[]={FakePagerDuty.ScheduleId}&include[]=teams&when=now"));
        request.Headers.TryAddWithoutValidation("Authorization", $"Token token={FakePagerDuty.ApiToken}");
        var before = _pagerDuty.OnCallProblems.Count;

        using var response = await http.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(_pagerDuty.OnCallProblems.Skip(before), Is.EquivalentTo(new[]
        {
            "include[]=teams does not fit its schema", "query parameter when is not declared",
            "required header Accept is missing", "required header Content-Type is missing",
        }));
    }
}
