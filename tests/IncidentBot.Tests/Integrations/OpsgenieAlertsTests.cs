using IncidentBot.Core.Texts;
using IncidentBot.Integrations;
using IncidentBot.Tests.Slack.Messages;

namespace IncidentBot.Tests.Integrations;

/// <summary>The Opsgenie alert body: a private incident's title and summary stay in Slack, a long title fits the 130-character message, and the priority follows the rung.</summary>
[TestFixture]
public sealed class OpsgenieAlertsTests
{
    [Test]
    public void Create_PrivateIncident_CarriesNoTitleOrSummary()
    {
        var incident = HostileArguments.Incident(isPrivate: true) with { Title = "Payroll export leaked", Summary = "Payroll rows in a public bucket" };

        var alert = OpsgenieAlerts.Create(incident, HostileArguments.Ladder, Words.English);

        Assert.That(alert.ToJsonString(), Does.Not.Contain("Payroll"));
        Assert.That((string?)alert["message"], Does.Contain("private incident"));
        Assert.That(alert["description"], Is.Null);
        Assert.That((string?)alert["alias"], Is.EqualTo("incidentbot-INC-3"));
    }

    [Test]
    public void Create_LongTitle_MessageCutTo130_AndPriorityByRung()
    {
        var incident = HostileArguments.Incident() with { Title = new string('x', 400), SeverityKey = "sev0" };

        var alert = OpsgenieAlerts.Create(incident, HostileArguments.Ladder, Words.English);

        Assert.That(((string?)alert["message"])!.Length, Is.EqualTo(OpsgenieAlerts.MaxMessage));
        Assert.That((string?)alert["priority"], Is.EqualTo("P1"));
        Assert.That(OpsgenieAlerts.PriorityOf(HostileArguments.Ladder, "sev3"), Is.EqualTo("P4"));
        Assert.That(OpsgenieAlerts.PriorityOf(HostileArguments.Ladder, "unknown"), Is.EqualTo("P5"));
    }
}
