using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Integrations;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// The fake Linear's schema checker over the kept excerpt of Linear's published schema: the bot's three operations, as
/// the client sends them, pass; a request Linear would refuse (unknown input field, unknown selected field, a variable of
/// the wrong type, a required input field or argument missing) is refused with the reason.
/// </summary>
[TestFixture]
public sealed class LinearSchemaTests
{
    private static readonly GraphQLSchemaExcerpt Schema = FakeLinear.Schema;

    private static JsonObject CreateBody()
    {
        var incident = new Incident
        {
            Id = 7, Number = 7, Title = "Checkout is failing", SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
            ChannelId = "C7", DeclaredBy = "U1", DeclaredAt = DateTimeOffset.UnixEpoch,
        };
        var item = new ActionItem(1, 7, 3, "Add a canary", "U2", new DateOnly(2026, 12, 10), "p1", ActionItemState.Open, "U1", DateTimeOffset.UnixEpoch);
        return LinearIssues.Create(new LinearOptions { ApiKey = FakeLinear.ApiKey, TeamId = FakeLinear.TeamId }, Words.English, incident,
            SeverityLadder.From(new IncidentBotOptions()), item, null, new Uri("https://slack.com/app_redirect?team=T1&channel=C7"),
            LinearIssues.IssueId("T1", 1));
    }

    private static List<string> Check(JsonObject body) => Schema.Check((string)body["query"]!, body["variables"] as JsonObject);

    [Test]
    public void TheBotsOperations_FitLinearsSchema()
    {
        Assert.That(Check(CreateBody()), Is.Empty);
        Assert.That(Schema.Check(LinearIssues.StateQuery, new JsonObject { ["id"] = "ENG-41" }), Is.Empty);
        Assert.That(Schema.Check(LinearIssues.FindQuery, new JsonObject { ["id"] = LinearIssues.IssueId("T1", 1) }), Is.Empty);
    }

    [Test]
    public void AnInputFieldIssueCreateInputDoesNotDefine_IsRefused()
    {
        var body = CreateBody();
        body["variables"]!["input"]!["summary"] = "x";

        Assert.That(Check(body), Is.EqualTo(new[] { "Field \"$input.summary\" is not defined by type \"IssueCreateInput\"." }));
    }

    [Test]
    public void AnInputFieldOfTheWrongType_OrARequiredOneMissing_IsRefused()
    {
        var body = CreateBody();
        body["variables"]!["input"]!["priority"] = "high";
        body["variables"]!["input"]!.AsObject().Remove("teamId");

        Assert.That(Check(body), Is.EquivalentTo(new[]
        {
            "Field \"$input.priority\" of type \"Int\" cannot take \"high\".",
            "Field \"$input.teamId\" of required type \"String!\" was not provided.",
        }));
    }

    [Test]
    public void AFieldTheTypeDoesNotHave_AnUnknownRootField_OrAMismatchedVariable_IsRefused()
    {
        Assert.That(Schema.Check("query IssueState($id: String!) { issue(id: $id) { id key state { type } } }", new JsonObject { ["id"] = "ENG-1" }),
            Is.EqualTo(new[] { "Cannot query field \"key\" on type \"Issue\"." }));
        Assert.That(Schema.Check("query Q($id: String!) { ticket(id: $id) { id } }", new JsonObject { ["id"] = "ENG-1" }),
            Has.Some.EqualTo("Cannot query field \"ticket\" on type \"Query\"."));
        Assert.That(Schema.Check("query Q($id: String) { issue(id: $id) { state } }", new JsonObject { ["id"] = "ENG-1" }), Is.EquivalentTo(new[]
        {
            "Variable \"$id\" of type \"String\" used in position expecting type \"String!\".",
            "Field \"state\" of type \"WorkflowState!\" must have a selection of subfields.",
        }));
        Assert.That(Schema.Check("query Q { issue { id } }", null),
            Is.EqualTo(new[] { "Field \"issue\" argument \"id\" of type \"String!\" is required, but it was not provided." }));
        Assert.That(Schema.Check("query Q($id: String!) { issue(id: $id) { id } }", new JsonObject()),
            Is.EqualTo(new[] { "Variable \"$id\" of required type \"String!\" was not provided." }));
    }
}
