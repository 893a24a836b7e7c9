using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

public sealed class IntegrationCallStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Record_KeepsOnlyEachIntegrationsLastCall_WithItsDetailCapped()
    {
        await using var db = await TestDatabase.CreateAsync();
        var store = new IntegrationCallStore(db.Database);

        await store.RecordAsync(new IntegrationCall("pagerduty", T0, false, "503"));
        await store.RecordAsync(new IntegrationCall("pagerduty", T0.AddSeconds(5), true, "202"));
        await store.RecordAsync(new IntegrationCall("jira", T0.AddSeconds(7), false, new string('x', 500)));

        var calls = await store.LastCallsAsync();

        Assert.That(calls["pagerduty"], Is.EqualTo(new IntegrationCall("pagerduty", T0.AddSeconds(5), true, "202")));
        Assert.That(calls["jira"].Succeeded, Is.False);
        Assert.That(calls["jira"].Detail, Has.Length.EqualTo(IntegrationCallStore.MaxDetail));
        Assert.That(calls.Keys, Is.EquivalentTo(new[] { "pagerduty", "jira" }));
    }
}
