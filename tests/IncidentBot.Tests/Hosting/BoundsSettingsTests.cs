using IncidentBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace IncidentBot.Tests.Hosting;

/// <summary>The pacing and retention settings stop the bot at start when they cannot be used, each named with what it takes.</summary>
[TestFixture]
public sealed class BoundsSettingsTests
{
    [TestCase("IncidentBot:DeclaresPerMember", "-1", "IncidentBot__DeclaresPerMember \"-1\" is negative")]
    [TestCase("IncidentBot:DeclaresPerMemberWindow", "00:00:00", "IncidentBot__DeclaresPerMemberWindow \"00:00:00\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:RecompilesPerMember", "-3", "IncidentBot__RecompilesPerMember \"-3\" is negative")]
    [TestCase("IncidentBot:RecompilesPerMemberWindow", "-00:01:00", "IncidentBot__RecompilesPerMemberWindow \"-00:01:00\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:DeclaresPerMember", "five", "IncidentBot:DeclaresPerMember")]
    [TestCase("IncidentBot:RetentionAge", "00:00:00", "IncidentBot__RetentionAge \"00:00:00\" is not a positive TimeSpan")]
    [TestCase("IncidentBot:RetentionAge", "a month", "IncidentBot:RetentionAge")]
    [TestCase("IncidentBot:ActionItemsDueWithin", "-1", "IncidentBot__ActionItemsDueWithin \"-1\" is negative")]
    public void Problems_ABadValue_IsNamedWithWhatItTakes(string key, string value, string expected) =>
        Assert.That(SettingsCheck.Problems(Config((key, value))), Has.One.Contains(expected));

    [TestCase("IncidentBot:DeclaresPerMember", "0")]
    [TestCase("IncidentBot:RecompilesPerMemberWindow", "01:00:00")]
    [TestCase("IncidentBot:RetentionAge", "90.00:00:00")]
    [TestCase("IncidentBot:ActionItemsDueWithin", "0")]
    public void Problems_AUsableValue_None(string key, string value) =>
        Assert.That(SettingsCheck.Problems(Config((key, value))), Is.Empty);

    private static IConfiguration Config((string Key, string? Value) change) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SLACK_BOT_TOKEN"] = "xoxb-1-2-abc", ["SLACK_SIGNING_SECRET"] = "secret", [change.Key] = change.Value,
        })
        .Build();
}
