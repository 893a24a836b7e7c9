using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Api;
using Microsoft.Extensions.DependencyInjection;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Declaring, inline and through the modal, against the fake Slack over HTTP with a real SQLite file.</summary>
[TestFixture]
public sealed class DeclareTests
{
    private BotHarness _bot = null!;

    private static string Today => TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task InlineDeclare_CreatesChannelBriefPinFeedAndTellsTheDeclarer()
    {
        var answer = await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", user: "U2");
        var responseUrl = _bot.Requests.LastResponseUrl!;
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain("INC-1").And.Contain("SEV1"));
        var channel = _bot.Slack.State.ChannelByName($"incident-{Today}-checkout-is-failing");
        Assert.That(channel, Is.Not.Null);
        Assert.That(channel!.IsPrivate, Is.False);
        Assert.That(channel.Members, Does.Contain("U2"));
        Assert.That(channel.Topic.Value, Does.Contain("INC-1").And.Contain("SEV1"));
        Assert.That(channel.Purpose.Value, Is.EqualTo("INC-1: Checkout is failing"));
        var brief = _bot.Slack.State.Messages(channel.Id).Single(m => m.MetadataEventType == "incident_brief");
        Assert.That(brief.Visible(), Does.Contain("INC-1: Checkout is failing").And.Contain("Incident Commander"));
        Assert.That(_bot.Slack.State.Pins(channel.Id), Is.EqualTo(new[] { brief.Ts }));
        var headline = _bot.Slack.State.Messages(BotHarness.FeedChannel).Single();
        Assert.That(headline.Visible(), Does.Contain($"<#{channel.Id}>").And.Contain("INC-1 · SEV1 · Investigating"));
        var notice = _bot.Slack.ResponseUrlPosts(responseUrl).Single();
        Assert.That(notice.Text, Does.Contain($"<#{channel.Id}>"));
        Assert.That(notice.ResponseType, Is.EqualTo("ephemeral"));
    }

    [Test]
    public async Task InlineDeclare_RecordsIncidentWithDeclarerAsCommander()
    {
        await _bot.Requests.CommandAsync("declare P1 Payments slow", user: "U3");
        await _bot.WaitForIdleAsync();

        var incident = await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1);
        Assert.That(incident, Is.Not.Null);
        Assert.That(incident!.SeverityKey, Is.EqualTo("sev1"));
        Assert.That(incident.DeclaredBy, Is.EqualTo("U3"));
        Assert.That(incident.Commander, Is.EqualTo("U3"));
        Assert.That(incident.ChannelId, Is.Not.Null);
        Assert.That(incident.BriefTs, Is.Not.Null);
        Assert.That(incident.FeedTs, Is.Not.Null);
    }

    [TestCase("sev9 Checkout is failing", "sev9")]
    [TestCase("SEV-7 Checkout is failing", "SEV-7")]
    public async Task Declare_WithUnknownSeverity_ListsValidOnesAndDeclaresNothing(string text, string typed)
    {
        var answer = await _bot.Requests.CommandAsync("declare " + text);

        Assert.That(answer.Text, Does.Contain($"Unknown severity \"{typed}\"; use sev0, sev1, sev2 or sev3"));
        await AssertNothingDeclaredAsync();
    }

    [TestCase("sve1 Checkout is failing", "sve1")]
    [TestCase("sev Checkout is failing", "sev")]
    [TestCase("p7 Checkout is failing", "p7")]
    public async Task Declare_WithATypoForASeverity_StillAnswersUnknownSeverity(string text, string typed)
    {
        var answer = await _bot.Requests.CommandAsync("declare " + text);

        Assert.That(answer.Text, Does.Contain($"Unknown severity \"{typed}\"; use sev0, sev1, sev2 or sev3"));
        Assert.That(_bot.Slack.State.Views, Is.Empty);
        await AssertNothingDeclaredAsync();
    }

    [TestCase("S3 bucket down")]
    [TestCase("EC2 fleet unreachable")]
    [TestCase("Seven checkouts failed")]
    public async Task Declare_FirstWordNotASeverity_OpensTheFormWithTheWholeTextAsTitle(string text)
    {
        var answer = await _bot.Requests.CommandAsync("declare " + text);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Body, Is.Empty);
        var view = JsonNode.Parse(_bot.Slack.State.Views.Single().Json)!;
        Assert.That(view["blocks"]![0]!["element"]!["initial_value"]!.GetValue<string>(), Is.EqualTo(text));
        Assert.That(view["blocks"]![1]!["element"]!["initial_option"]!["value"]!.GetValue<string>(), Is.EqualTo("sev2"));
        await AssertNothingDeclaredAsync();
    }

    [Test]
    public async Task Declare_WithOverlongTitle_IsRefusedAndDeclaresNothing()
    {
        var answer = await _bot.Requests.CommandAsync("declare sev2 " + new string('x', 151));

        Assert.That(answer.Text, Does.Contain("151 characters; the limit is 150"));
        await AssertNothingDeclaredAsync();
    }

    [Test]
    public async Task Declare_WithCyrillicTitle_TransliteratesTheChannelName()
    {
        await _bot.Requests.CommandAsync("declare sev2 Оплата не проходит");
        await _bot.WaitForIdleAsync();

        Assert.That(_bot.Slack.State.ChannelByName($"incident-{Today}-oplata-ne-prokhodit"), Is.Not.Null);
    }

    [Test]
    public async Task Declare_WithLongTitle_CutsTheNameOnAWordWithin80Characters()
    {
        var title = string.Join(' ', Enumerable.Repeat("database", 16));
        await _bot.Requests.CommandAsync("declare sev2 " + title);
        await _bot.WaitForIdleAsync();

        var channel = _bot.Slack.State.Channels.Single(c => c.Name.StartsWith("incident-", StringComparison.Ordinal));
        Assert.That(channel.Name.Length, Is.LessThanOrEqualTo(76));
        Assert.That(channel.Name, Does.EndWith("-database"));
    }

    [Test]
    public async Task Declare_WhenNameTaken_AppendsSuffix()
    {
        _bot.Slack.AddChannel("CTAKEN", $"incident-{Today}-checkout-is-failing", false, "U1");

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing");
        await _bot.WaitForIdleAsync();

        var incident = await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1);
        Assert.That(incident!.ChannelName, Is.EqualTo($"incident-{Today}-checkout-is-failing-2"));
        Assert.That(_bot.Slack.State.Messages("CTAKEN"), Is.Empty);
    }

    [Test]
    public async Task Declare_Private_CreatesPrivateChannelAndNoFeedPost()
    {
        await _bot.Requests.CommandAsync("declare sev1 --private Customer data exposure");
        await _bot.WaitForIdleAsync();

        var channel = _bot.Slack.State.ChannelByName($"incident-{Today}-customer-data-exposure");
        Assert.That(channel!.IsPrivate, Is.True);
        Assert.That(_bot.Slack.State.Messages(channel.Id).Where(m => m.MetadataEventType == "incident_brief").ToList(), Has.Count.EqualTo(1));
        Assert.That(_bot.Slack.State.Messages(BotHarness.FeedChannel), Is.Empty);
    }

    [Test]
    public async Task ModalDeclare_OfAPrivateByDefaultSeverity_IsPrivateEvenWithTheBoxUnticked()
    {
        await _bot.DisposeAsync();
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["IncidentBot:Severities:sev0:PrivateByDefault"] = "true" });
        await _bot.Requests.CommandAsync("declare Card data in logs", user: "U2");
        var view = _bot.Slack.State.Views.Single();
        var options = JsonNode.Parse(view.Json)!["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == "options")!["element"]!["options"]!.AsArray();
        Assert.That(options.Select(o => (string?)o!["description"]?["text"]), Does.Contain("Always private: SEV0, Security"));

        await _bot.Requests.InteractionAsync(ViewSubmission(view, "U2", Values(
            ("title", Text("Card data in logs")), ("severity", Select("sev0")), ("options", Checks("commander")))));
        await _bot.WaitForIdleAsync();

        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();
        Assert.That(incident.IsPrivate, Is.True);
        Assert.That(_bot.Slack.State.Channel(incident.ChannelId!)!.IsPrivate, Is.True);
        Assert.That(_bot.Slack.State.Messages(BotHarness.FeedChannel), Is.Empty);
    }

    [Test]
    public async Task Declare_OnATeamsOwnLadder_KnowsOnlyItsRungs()
    {
        await _bot.DisposeAsync();
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["IncidentBot:SeverityLadder"] = "p1,p2,p3",
            ["IncidentBot:DefaultSeverity"] = "p3",
            ["IncidentBot:Severities:p1:Rank"] = "1", ["IncidentBot:Severities:p1:Label"] = "Outage",
            ["IncidentBot:Severities:p2:Rank"] = "2", ["IncidentBot:Severities:p2:Label"] = "Degraded",
            ["IncidentBot:Severities:p3:Rank"] = "3", ["IncidentBot:Severities:p3:Label"] = "Minor",
        });

        var refused = await _bot.Requests.CommandAsync("declare sev0 Checkout is failing");
        var declared = await _bot.Requests.CommandAsync("declare p1 Checkout is failing");
        await _bot.WaitForIdleAsync();

        Assert.That(refused.Text, Does.Contain("Unknown severity \"sev0\"; use p1, p2 or p3"));
        Assert.That(declared.Text, Does.Contain("INC-1").And.Contain("P1"));
        Assert.That((await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single().SeverityKey, Is.EqualTo("p1"));
    }

    [Test]
    public async Task Declare_TheDeclarerWhoTakesIC_GetsTheDutyByDMOnce()
    {
        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", user: "U2");
        await _bot.WaitForIdleAsync();

        var dm = _bot.Slack.State.DirectMessages("U2").Single().Visible();
        var channel = _bot.Slack.State.ChannelByName($"incident-{Today}-checkout-is-failing")!;
        Assert.That(dm, Does.Contain("You are now *Incident Commander* for *INC-1*").And.Contain($"<#{channel.Id}>")
            .And.Contain("when you declared the incident").And.Contain("Your duty:"));
    }

    [TestCase("conversations.create")]
    [TestCase("chat.postMessage")]
    public async Task Declare_WhenSlackActsButItsAnswerComesTooLate_MakesOneChannelAndOneBrief(string method)
    {
        await _bot.DisposeAsync();
        _bot = await BotHarness.StartAsync(services: s => s.Configure<SlackApiOptions>(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300)));
        _bot.Slack.Faults.Enqueue(method, Fault.HoldResponse(TimeSpan.FromSeconds(1)));

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing");
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(30));

        var channel = _bot.Slack.State.ChannelByName($"incident-{Today}-checkout-is-failing");
        Assert.That(channel, Is.Not.Null);
        Assert.That(_bot.Slack.State.ChannelByName($"incident-{Today}-checkout-is-failing-2"), Is.Null);
        Assert.That(_bot.Slack.State.Messages(channel!.Id).Where(m => m.MetadataEventType == "incident_brief").ToList(), Has.Count.EqualTo(1), "one brief");
        Assert.That(_bot.Slack.State.Pins(channel.Id), Has.Count.EqualTo(1));
        var incident = await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1);
        Assert.That(incident!.ChannelId, Is.EqualTo(channel.Id));
    }

    [Test]
    public async Task PrivateFlag_First_OpensAPrivateFormOrDeclaresPrivately()
    {
        var form = await _bot.Requests.CommandAsync("--private");
        var view = JsonNode.Parse(_bot.Slack.State.Views.Single().Json)!;
        var options = view["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == "options")!["element"]!;

        await _bot.Requests.CommandAsync("--private declare sev1 Card data in logs");
        await _bot.WaitForIdleAsync();

        Assert.That(form.Body, Is.Empty, "the form opened");
        Assert.That(options["initial_options"]!.AsArray().Select(o => (string?)o!["value"]), Does.Contain("private"));
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();
        Assert.That((incident.Title, incident.IsPrivate), Is.EqualTo(("Card data in logs", true)));
    }

    [Test]
    public async Task Declares_WhileCreateIsRateLimited_AllWaitOutTheRetryAfter()
    {
        _bot.Slack.Faults.Enqueue("conversations.create", Fault.RateLimited(2));

        await _bot.Requests.CommandAsync("declare sev2 Search is slow");
        await Eventually.TrueAsync(() => _bot.Slack.CallsTo("conversations.create").Count == 1, TimeSpan.FromSeconds(10), "the limited create");
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        await _bot.Requests.CommandAsync("declare sev2 Login is slow");
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(30));

        var creates = _bot.Slack.CallsTo("conversations.create");
        var limited = creates.Single(c => c.Error == "ratelimited");
        Assert.That(creates.Where(c => c.Error is null).Select(c => c.At - limited.At), Has.All.GreaterThan(TimeSpan.FromSeconds(1.9)),
            "no create went out while Slack was limiting the method");
        Assert.That(creates.Count(c => c.Error is null), Is.EqualTo(2));
    }

    [Test]
    public async Task Declare_WhenCreateIsRateLimited_WaitsAndCreatesOneChannel()
    {
        _bot.Slack.Faults.Enqueue("conversations.create", Fault.RateLimited(1));

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing");
        await _bot.WaitForIdleAsync();

        var creates = _bot.Slack.CallsTo("conversations.create");
        Assert.That(creates, Has.Count.EqualTo(2));
        Assert.That(creates[1].At - creates[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.95)));
        Assert.That(_bot.Slack.State.Channels.Count(c => c.Name.StartsWith("incident-", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task Declare_WhenPostMessageFailsWith5xx_RetriesWithoutADuplicateBrief()
    {
        _bot.Slack.Faults.Enqueue("chat.postMessage", Fault.ServerError(503));

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing");
        await _bot.WaitForIdleAsync();

        var channel = _bot.Slack.State.ChannelByName($"incident-{Today}-checkout-is-failing")!;
        Assert.That(_bot.Slack.State.Messages(channel.Id).Where(m => m.MetadataEventType == "incident_brief").ToList(), Has.Count.EqualTo(1));
        Assert.That(_bot.Slack.CallsTo("chat.postMessage").Count(c => c.Faulted), Is.EqualTo(1));
    }

    [Test]
    public async Task Declare_WhenSlackRestrictsChannelCreation_TellsTheDeclarerAndKeepsTheIncident()
    {
        _bot.Slack.Faults.Enqueue("conversations.create", Fault.SlackError("restricted_action"));

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing");
        await _bot.WaitForIdleAsync();

        var notice = _bot.Slack.ResponseUrlPosts(_bot.Requests.LastResponseUrl!).Single();
        Assert.That(notice.Text, Does.Contain("INC-1").And.Contain("workspace setting").And.Contain("restricted_action"));
        Assert.That(await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1), Is.Not.Null);
    }

    [Test]
    public async Task Declare_ByAnUnknownUser_StillCreatesTheChannelAndBrief()
    {
        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", user: "UGONE");
        await _bot.WaitForIdleAsync();

        var channel = _bot.Slack.State.ChannelByName($"incident-{Today}-checkout-is-failing");
        Assert.That(channel, Is.Not.Null);
        Assert.That(_bot.Slack.State.Pins(channel!.Id), Has.Count.EqualTo(1));
        Assert.That(_bot.Slack.CallsTo("conversations.invite").Single().Error, Is.EqualTo("user_not_found"));
    }

    [Test]
    public async Task Declare_SimilarTitleWhileOneIsOpen_PointsAtTheOpenOne()
    {
        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing");
        await _bot.WaitForIdleAsync();

        var answer = await _bot.Requests.CommandAsync("declare sev2 Checkout is failing", user: "U2");
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-2").And.Contain("Possibly related to INC-1"));
        var second = await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(2);
        var brief = _bot.Slack.State.Message(second!.ChannelId!, second.BriefTs!)!;
        Assert.That(brief.Visible(), Does.Contain("Possibly related to INC-1"));
    }

    [Test]
    public async Task Declare_SimilarTitleToAPrivateIncident_HintedOnlyToItsMembersDeclaringPrivately()
    {
        await _bot.Requests.CommandAsync("declare sev1 --private Checkout is failing");
        await _bot.WaitForIdleAsync();

        var memberInPrivate = await _bot.Requests.CommandAsync("declare sev2 --private Checkout failing");
        var outsider = await _bot.Requests.CommandAsync("declare sev2 Checkout is failing", user: "U2");
        var memberInPublic = await _bot.Requests.CommandAsync("declare sev2 Checkout failing");
        await _bot.WaitForIdleAsync();

        var store = _bot.Services.GetRequiredServiceOf<IncidentStore>();
        var first = await store.GetByNumberAsync(1);
        var publicOne = await store.GetByNumberAsync(4);
        Assert.Multiple(() =>
        {
            Assert.That(outsider.Text, Does.Not.Contain("INC-1").And.Not.Contain("INC-2"), "an outsider cannot probe for a private incident's title");
            Assert.That(memberInPublic.Text, Does.Not.Contain("INC-1").And.Not.Contain("INC-2"), "a public brief would tell its whole channel");
            Assert.That(_bot.Slack.State.Message(publicOne!.ChannelId!, publicOne.BriefTs!)!.Visible(), Does.Not.Contain("INC-1").And.Not.Contain("INC-2"));
            Assert.That(memberInPrivate.Text, Does.Contain("Possibly related to INC-1 (private)."));
            Assert.That(memberInPrivate.Text, Does.Not.Contain("Checkout is failing").And.Not.Contain(first!.ChannelId!));
        });
    }

    [TestCase("")]
    [TestCase("declare")]
    [TestCase("declare sev0")]
    public async Task Declare_WithoutTitle_OpensTheModal(string text)
    {
        var answer = await _bot.Requests.CommandAsync(text);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Body, Is.Empty);
        var view = _bot.Slack.State.Views.Single();
        Assert.That(view.CallbackId, Is.EqualTo("declare"));
        var initial = JsonNode.Parse(view.Json)!["blocks"]![1]!["element"]!["initial_option"]!["value"]!.GetValue<string>();
        Assert.That(initial, Is.EqualTo(text == "declare sev0" ? "sev0" : "sev2"));
    }

    [Test]
    public async Task ModalDeclare_WithEmptyTitle_ReturnsErrorOnTheTitleField()
    {
        await _bot.Requests.CommandAsync("declare");
        var view = _bot.Slack.State.Views.Single();

        var answer = await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1",
            Values(("title", Text("   ")), ("severity", Select("sev1")), ("options", Checks()))));

        Assert.That(answer.Json?["response_action"]?.GetValue<string>(), Is.EqualTo("errors"));
        Assert.That(answer.Json?["errors"]?["title"]?.GetValue<string>(), Does.Contain("needs a title"));
        await AssertNothingDeclaredAsync();
    }

    [Test]
    public async Task ModalDeclare_Submitted_DeclaresOnceEvenWhenSubmittedTwice()
    {
        await _bot.Requests.CommandAsync("declare sev1", user: "U2");
        var view = _bot.Slack.State.Views.Single();
        var payload = ViewSubmission(view, "U2", Values(
            ("title", Text("Search is down")), ("severity", Select("sev0")), ("summary", Text("All search requests 500")),
            ("impact", Text("Customers cannot search")), ("options", Checks("commander", "private"))));

        var first = await _bot.Requests.InteractionAsync(payload);
        var second = await _bot.Requests.InteractionAsync(payload);
        await _bot.WaitForIdleAsync();

        Assert.That(first.Status, Is.EqualTo(200));
        Assert.That(first.Body, Is.Empty);
        Assert.That(second.Status, Is.EqualTo(200));
        var open = await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync();
        Assert.That(open, Has.Count.EqualTo(1));
        Assert.That(open[0].SeverityKey, Is.EqualTo("sev0"));
        Assert.That(open[0].IsPrivate, Is.True);
        Assert.That(open[0].Commander, Is.EqualTo("U2"));
        var channel = _bot.Slack.State.Channel(open[0].ChannelId!)!;
        Assert.That(channel.IsPrivate, Is.True);
        Assert.That(_bot.Slack.State.Messages(channel.Id).Single(m => m.MetadataEventType == "incident_brief").Visible(), Does.Contain("Customers cannot search"));
        Assert.That(_bot.Slack.ResponseUrlPosts(_bot.Requests.LastResponseUrl!).Single().Text, Does.Contain("INC-1"));
    }

    [Test]
    public async Task StatusAndList_ShowTheIncident()
    {
        await _bot.Requests.CommandAsync("declare sev2 Slow dashboards");
        await _bot.Requests.CommandAsync("declare sev0 Everything is down");
        await _bot.WaitForIdleAsync();
        var first = await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1);

        var status = await _bot.Requests.CommandAsync("status", channel: first!.ChannelId!);
        var list = await _bot.Requests.CommandAsync("list");
        var outside = await _bot.Requests.CommandAsync("status");

        Assert.That(status.Text, Does.Contain("INC-1 · SEV2 · Investigating: Slow dashboards"));
        Assert.That(list.Text.IndexOf("INC-2", StringComparison.Ordinal), Is.LessThan(list.Text.IndexOf("INC-1", StringComparison.Ordinal)));
        Assert.That(outside.Text, Does.Contain("works inside an incident channel").And.Contain("INC-1"));
    }

    [Test]
    public async Task List_HidesPrivateIncidentsFromNonMembers()
    {
        await _bot.Requests.CommandAsync("declare sev1 --private Secret thing", user: "U1");
        await _bot.WaitForIdleAsync();

        var member = await _bot.Requests.CommandAsync("list", user: "U1");
        var outsider = await _bot.Requests.CommandAsync("list", user: "U3");

        Assert.That(member.Text, Does.Contain("Secret thing"));
        Assert.That(outsider.Text, Does.Not.Contain("Secret thing"));
    }

    private async Task AssertNothingDeclaredAsync()
    {
        Assert.That(await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync(), Is.Empty);
        Assert.That(_bot.Slack.CallsTo("conversations.create"), Is.Empty);
    }
}
