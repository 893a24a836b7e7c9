using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Texts;
using IncidentBot.Hosting;
using IncidentBot.Integrations;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// The Linear <c>issueCreate</c> request, checked against the documented <c>IssueCreateInput</c> (the fake Linear's
/// checks); member text kept literal in the Markdown description; and the start-up checks of the Linear settings.
/// </summary>
[TestFixture]
public sealed class LinearIssuesTests
{
    private static readonly LinearOptions Linear = new() { ApiKey = FakeLinear.ApiKey, TeamId = FakeLinear.TeamId };

    private static Incident Incident() => new()
    {
        Id = 7, Number = 7, Title = "Checkout is failing", SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
        ChannelId = "C7", DeclaredBy = "U1", DeclaredAt = DateTimeOffset.UnixEpoch,
    };

    private static ActionItem Item(string text, string priority = "p1", DateOnly? due = null) =>
        new(1, 7, 3, text, "U2", due, priority, ActionItemState.Open, "U1", DateTimeOffset.UnixEpoch);

    [Test]
    public void Create_IsAValidIssueCreate_WithTeamPriorityDueDate_TheIncidentLinkAndThePostmortemContext()
    {
        var body = LinearIssues.Create(Linear, Words.English, Incident(), SeverityLadder.From(new IncidentBotOptions()),
            Item("Add a canary", due: new DateOnly(2026, 12, 10)),
            new Resolution(7, 1, "Rolled back config v2", "A config push\ndisabled the card processor", true, true, "U1", DateTimeOffset.UnixEpoch),
            new Uri("https://slack.com/app_redirect?team=T1&channel=C7"));

        var input = (JsonObject)body["variables"]!["input"]!;
        Assert.That(FakeLinear.Problems(input), Is.Empty);
        Assert.That((string?)input["teamId"], Is.EqualTo(FakeLinear.TeamId));
        Assert.That((string?)input["title"], Is.EqualTo("INC-7 action item #3: Add a canary"));
        Assert.That((int?)input["priority"], Is.EqualTo(2), "P1 is Linear's high");
        Assert.That((string?)input["dueDate"], Is.EqualTo("2026-12-10"));
        var description = (string)input["description"]!;
        Assert.That(description, Does.Contain("](https://slack.com/app_redirect?team=T1&channel=C7)"));
        Assert.That(description, Does.Contain("### What happened").And.Contain("Rolled back config v2").And.Contain("disabled the card processor"));
        Assert.That((string?)body["query"], Does.StartWith("mutation IssueCreate($input: IssueCreateInput!)"));
    }

    [Test]
    public void Create_MemberTextCannotBecomeALinkOrAHeading_AndNoDueDateLeavesTheFieldOut()
    {
        var body = LinearIssues.Create(Linear, Words.English, Incident(), SeverityLadder.From(new IncidentBotOptions()),
            Item("# Reset [the keys](https://evil.example) <b>now</b>", "p3"), null, null);

        var input = (JsonObject)body["variables"]!["input"]!;
        var description = (string)input["description"]!;
        Assert.That(description, Does.Contain(@"\# Reset \[the keys\](https://evil.example) &lt;b>now&lt;/b>"));
        Assert.That(description, Does.Not.Match(@"(?<!\\)\]\(https://evil"), "no link a member typed");
        Assert.That(input.ContainsKey("dueDate"), Is.False);
        Assert.That((int?)input["priority"], Is.EqualTo(4), "P3 is Linear's low");
        Assert.That(FakeLinear.Problems(input), Is.Empty);
    }

    [TestCase("- drop the table", @"\- drop the table")]
    [TestCase("> quoted", @"\> quoted")]
    [TestCase("12. numbered", @"12\. numbered")]
    [TestCase("plain - text 1. here", "plain - text 1. here")]
    public void Escape_ALineStartingABlockStaysAParagraph(string typed, string expected) =>
        Assert.That(LinearIssues.Escape(typed), Is.EqualTo(expected));

    [Test]
    public void IssueId_IsAUuidV4_TheSameForEveryAttempt_AndDistinctPerItemAndWorkspace()
    {
        var id = LinearIssues.IssueId("T1", 5);

        Assert.That(Guid.Parse(id).Version, Is.EqualTo(4));
        Assert.That(LinearIssues.IssueId("T1", 5), Is.EqualTo(id));
        Assert.That(new[] { LinearIssues.IssueId("T1", 6), LinearIssues.IssueId("T2", 5) }, Has.None.EqualTo(id));
    }

    [Test]
    public void FakeLinear_RefusesFieldsTheSchemaDoesNotDefine()
    {
        var input = new JsonObject { ["teamId"] = FakeLinear.TeamId, ["title"] = "x", ["priority"] = "high", ["summary"] = "x" };

        Assert.That(FakeLinear.Problems(input), Has.Some.Contains("\"summary\" is not defined").And.Some.StartsWith("Field \"priority\""));
    }

    [Test]
    public void Settings_PartialInsecureOrBesideJira_EachProblemOnItsOwnLine()
    {
        var options = new IncidentBotOptions();
        options.Linear.ApiKey = "k";
        options.Linear.BaseUrl = "http://linear.example.com/graphql";
        options.Linear.AutoPriorities = ["p0", "soon"];
        var problems = TicketSettings.Problems(options, "IncidentBot").ToList();

        Assert.That(problems, Has.Some.StartsWith("IncidentBot__Linear__TeamId is not set"));
        Assert.That(problems, Has.Some.StartsWith("IncidentBot__Linear__BaseUrl \"http://linear.example.com/graphql\" is not an https:// address"));
        Assert.That(problems, Has.Some.StartsWith("IncidentBot__Linear__AutoPriorities \"soon\" is not an action-item priority"));

        var both = new IncidentBotOptions();
        both.Linear.ApiKey = "k";
        both.Linear.TeamId = "t";
        both.Jira.BaseUrl = "https://example.atlassian.net";
        both.Jira.Email = "a@b.c";
        both.Jira.ApiToken = "t";
        both.Jira.Project = "OPS";
        Assert.That(TicketSettings.Problems(both, "IncidentBot"), Has.Some.Contains("configure Jira or Linear, not both"));

        var alone = new IncidentBotOptions();
        alone.Linear.ApiKey = "k";
        alone.Linear.TeamId = "t";
        Assert.That(TicketSettings.Problems(alone, "IncidentBot"), Is.Empty, "Linear alone with the default endpoint is fine");
        Assert.That(TicketTracker.Of(alone), Is.EqualTo(TicketTracker.Linear));
        Assert.That(IntegrationDirectory.Known.Single(k => k.Name == "linear").IsOn(alone), Is.True, "/incident integrations lists it on");
    }
}
