using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

public sealed class TypesBinderTests
{
    private static IncidentBotOptions Bind(params (string Key, string Value)[] settings) => OptionsBinder.Bind(
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create("IncidentBot:" + s.Key, (string?)s.Value)))
            .Build()
            .GetSection(IncidentBotOptions.SectionName));

    [Test]
    public void Bind_NothingSet_GivesDefaultAndPrivateSecurityWithItsBreachClock()
    {
        var options = Bind();

        Assert.That(options.Types.Keys, Is.EquivalentTo(new[] { "default", "security" }));
        Assert.That(options.Types["default"].Private, Is.False);
        Assert.That(options.Types["default"].BreachNotifyAfter, Is.Null);
        Assert.That(options.Types["security"].Private, Is.True);
        Assert.That(options.Types["security"].BreachNotifyAfter, Is.EqualTo(TimeSpan.FromHours(72)));
        Assert.That(options.Types["security"].BreachReminders,
            Is.EqualTo(new[] { TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromHours(66) }));
        Assert.That(options.Types["security"].Checklist.Verification, Is.Null, "the practice's own list");
    }

    [Test]
    public void Bind_NewType_IsAddedWithEverySetting()
    {
        var options = Bind(
            ("Types:database-outage:Label", "Database outage"), ("Types:database-outage:Label:ru", "Отказ базы данных"),
            ("Types:database-outage:Private", "false"), ("Types:database-outage:Roles", "ic, lead"),
            ("Types:database-outage:UpdateCadence", "00:20:00"),
            ("Types:database-outage:Runbooks", "Failover|https://wiki.example/failover?a=1,2; https://grafana.example/d/db"),
            ("Types:database-outage:Checklist:Activation", "Replica promoted, writes checked; DBA paged"),
            ("Types:database-outage:Checklist:Verification:0", "Replication lag under 1 s"),
            ("Types:database-outage:BreachContact", "ULEGAL"));

        var type = options.Types["database-outage"];
        Assert.That(type.Label, Is.EqualTo("Database outage"));
        Assert.That(type.Labels["ru"], Is.EqualTo("Отказ базы данных"));
        Assert.That(type.Roles, Is.EqualTo(new[] { "ic", "lead" }));
        Assert.That(type.UpdateCadence, Is.EqualTo(TimeSpan.FromMinutes(20)));
        Assert.That(type.Runbooks, Is.EqualTo(new[] { "Failover|https://wiki.example/failover?a=1,2", "https://grafana.example/d/db" }));
        Assert.That(type.Checklist.Activation, Is.EqualTo(new[] { "Replica promoted, writes checked", "DBA paged" }));
        Assert.That(type.Checklist.Verification, Is.EqualTo(new[] { "Replication lag under 1 s" }));
        Assert.That(type.BreachContact, Is.EqualTo("ULEGAL"));
        Assert.That(options.Types, Has.Count.EqualTo(3));
    }

    [Test]
    public void Bind_SecurityReminders_ReplaceTheDefaultMarks()
    {
        var options = Bind(("Types:security:BreachReminders", "2.00:00:00, 12:00:00"), ("Types:security:BreachNotifyAfter", "3.00:00:00"));

        Assert.That(options.Types["security"].BreachReminders, Is.EqualTo(new[] { TimeSpan.FromHours(12), TimeSpan.FromHours(48) }));
        Assert.That(options.Types["security"].Private, Is.True);
    }

    [Test]
    public void Bind_EmptyChecklist_MeansNoList()
    {
        var options = Bind(("Types:default:Checklist:Activation", ""));

        Assert.That(options.Types["default"].Checklist.Activation, Is.Empty);
        Assert.That(options.Types["default"].Checklist.Verification, Is.Null);
    }

    [Test]
    public void Bind_PlainChecklist_IsTheVerificationList()
    {
        var options = Bind(("Types:db:Checklist", "Replication lag under 1 s; Writes succeed, reads too"), ("Types:db:Checklist:Activation", "DBA paged"));

        Assert.That(options.Types["db"].Checklist.Verification, Is.EqualTo(new[] { "Replication lag under 1 s", "Writes succeed, reads too" }));
        Assert.That(options.Types["db"].Checklist.Activation, Is.EqualTo(new[] { "DBA paged" }));
    }

    [Test]
    public void Bind_NumberedPlainChecklist_IsTheVerificationListInOrder()
    {
        var options = Bind(("Types:db:Checklist:1", "Writes succeed; on the new primary"), ("Types:db:Checklist:0", "Replication lag under 1 s"));

        Assert.That(options.Types["db"].Checklist.Verification, Is.EqualTo(new[] { "Replication lag under 1 s", "Writes succeed; on the new primary" }));
        Assert.That(options.Types["db"].Checklist.Activation, Is.Null, "the practice's own list");
    }

    [Test]
    public void Bind_EmptyPlainChecklistAbovePerListKeys_IsOnlyTheirParent()
    {
        var options = Bind(("Types:db:Checklist", ""), ("Types:db:Checklist:Verification", "Writes succeed"));

        Assert.That(options.Types["db"].Checklist.Verification, Is.EqualTo(new[] { "Writes succeed" }));
    }

    [Test]
    public void Bind_EmptyPlainChecklistAlone_MeansNoVerificationList()
    {
        var options = Bind(("Types:db:Checklist", ""));

        Assert.That(options.Types["db"].Checklist.Verification, Is.Empty);
        Assert.That(options.Types["db"].Checklist.Activation, Is.Null);
    }

    [TestCase("Types:db:Checklist", "Replication lag under 1 s")]
    [TestCase("Types:db:Checklist:0", "Replication lag under 1 s")]
    public void Bind_PlainAndVerificationChecklist_IsRefusedNamingBoth(string plainKey, string value) =>
        Assert.That(() => Bind((plainKey, value), ("Types:db:Checklist:Verification", "Writes succeed")),
            Throws.InstanceOf<FormatException>().With.Message.EqualTo(
                "IncidentBot__Types__db__Checklist and IncidentBot__Types__db__Checklist__Verification are both set: " +
                "the plain key is the verification list, so set only one of them."));

    [Test]
    public void Bind_ReminderThatIsNotATimeSpan_IsRefusedNamingTheKey() =>
        Assert.That(() => Bind(("Types:security:BreachReminders", "soon")),
            Throws.InstanceOf<FormatException>().With.Message.Contains("IncidentBot__Types__security__BreachReminders"));

    [Test]
    public void Bind_PrivateThatIsNotABoolean_IsRefusedNamingTheKey() =>
        Assert.That(() => Bind(("Types:default:Private", "maybe")),
            Throws.InstanceOf<InvalidOperationException>().With.Message.Contains("Types:default:Private"));

    [Test]
    public void Catalog_FromOptions_PutsDefaultFirstAndLowercasesKeys()
    {
        var catalog = IncidentTypeCatalog.From(Bind(("Types:Billing:Label", "Billing")));

        Assert.That(catalog.All.Select(t => t.Key), Is.EqualTo(new[] { "default", "billing", "security" }));
        Assert.That(catalog.TryParse("BILLING", out var billing), Is.True);
        Assert.That(billing.Label, Is.EqualTo("Billing"));
        Assert.That(catalog.TryParse("nope", out _), Is.False);
    }
}
