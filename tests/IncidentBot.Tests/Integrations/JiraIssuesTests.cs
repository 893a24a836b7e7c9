using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Hosting;
using IncidentBot.Integrations;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// The Jira issue body, checked against Atlassian's published OpenAPI schema and the documented field shapes (the fake
/// Jira's checks), the JQL that finds a filed issue again, and the start-up checks of the Jira and Confluence settings.
/// </summary>
[TestFixture]
public sealed class JiraIssuesTests
{
    private static readonly JiraOptions Jira = new() { BaseUrl = "https://example.atlassian.net", Email = "a@b.c", ApiToken = "t", Project = "OPS" };

    private static Incident Incident(string title = "Checkout is failing") => new()
    {
        Id = 7, Number = 7, Title = title, SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false, ChannelId = "C7",
        DeclaredBy = "U1", DeclaredAt = DateTimeOffset.UnixEpoch,
    };

    private static IEnumerable<string> Texts(JsonNode? node) =>
        node is not JsonObject o ? []
        : ((string?)o["text"] is { } text ? [text] : Array.Empty<string>()).Concat((o["content"] as JsonArray ?? []).SelectMany(Texts));

    private static ActionItem Item(string text) =>
        new(1, 7, 3, text, "U2", new DateOnly(2026, 12, 10), "p1", ActionItemState.Open, "U1", DateTimeOffset.UnixEpoch);

    [Test]
    public void Create_WithTheResolution_IsAValidIssue_HoldingTheIncidentLinkAndThePostmortemContext()
    {
        var body = JiraIssues.Create(Jira, Words.English, Incident(), SeverityLadder.From(new IncidentBotOptions()), Item("Add a canary"),
            new Resolution(7, 1, "Rolled back config v2", "A config push\ndisabled the card processor", true, true, "U1", DateTimeOffset.UnixEpoch),
            new Uri("https://slack.com/app_redirect?team=T1&channel=C7"));

        Assert.That(FakeJira.Problems(body), Is.Empty);
        Assert.That((string?)body["fields"]!["project"]!["key"], Is.EqualTo("OPS"));
        Assert.That((string?)body["fields"]!["issuetype"]!["name"], Is.EqualTo("Task"));
        var texts = Texts(body["fields"]!["description"]).ToList();
        Assert.That(texts, Does.Contain("Priority P1 · due 2026-12-10").And.Contain("Rolled back config v2").And.Contain("disabled the card processor"));
        var link = body["fields"]!["description"]!["content"]!.AsArray().Select(p => p!["content"]![0]!).Single(t => t["marks"] is not null);
        Assert.That((string?)link["marks"]![0]!["attrs"]!["href"], Is.EqualTo("https://slack.com/app_redirect?team=T1&channel=C7"));
    }

    [Test]
    public void Create_LongTextWithoutResolutionOrChannel_SummaryCutAt255_AndStillValid()
    {
        var body = JiraIssues.Create(Jira, Words.English, Incident(), SeverityLadder.From(new IncidentBotOptions()), Item(new string('x', 400)), null, null);

        Assert.That(FakeJira.Problems(body), Is.Empty);
        Assert.That(((string)body["fields"]!["summary"]!).Length, Is.EqualTo(255));
        Assert.That(body["fields"]!["description"]!.ToJsonString(), Does.Not.Contain("href"));
    }

    [Test]
    public void FakeJira_RefusesABodyThePublishedSchemaRefuses()
    {
        var body = new JsonObject { ["fields"] = new JsonObject(), ["update"] = "not an object" };

        Assert.That(FakeJira.Problems(body), Has.Some.StartsWith("schema:"));
    }

    [Test]
    public void Settings_PartialOrInsecure_EachProblemOnItsOwnLine()
    {
        var options = new IncidentBotOptions();
        options.Jira.BaseUrl = "http://jira.example.com";
        options.Jira.AutoPriorities = ["p1", "urgent"];
        options.Confluence.SpaceKey = "OPS";

        var problems = TicketSettings.Problems(options, "IncidentBot").ToList();

        Assert.That(problems, Has.Some.StartsWith("IncidentBot__Jira__Email is not set"));
        Assert.That(problems, Has.Some.StartsWith("IncidentBot__Jira__BaseUrl \"http://jira.example.com\" is not an https:// address"));
        Assert.That(problems, Has.Some.StartsWith("IncidentBot__Jira__AutoPriorities \"urgent\" is not an action-item priority"));
        Assert.That(problems, Has.Some.StartsWith("IncidentBot__Confluence__BaseUrl is not set"));
        Assert.That(TicketSettings.Problems(new IncidentBotOptions(), "IncidentBot"), Is.Empty, "both off: nothing to check");
    }

    [Test]
    public void SummaryQuery_QuotesThePhrase_AndTurnsJirasReservedCharactersIntoSpaces()
    {
        var jql = JiraSearch.SummaryQuery("OPS", "INC-7 action item #3: \"fix\" [billing] (again) a\\b?\n  next");

        Assert.That(jql, Is.EqualTo("project = \"OPS\" AND summary ~ \"\\\"INC 7 action item #3 fix billing again a b next\\\"\" ORDER BY created ASC"));
    }
}
