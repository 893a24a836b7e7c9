using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>The fence at every exit: no whole-channel mention leaves; only the admin's user groups are mentioned.</summary>
public sealed class MentionFenceTests
{
    private static readonly MentionFence Fence = new(["S0ONCALL"]);

    [Test]
    public void Text_ConfiguredGroup_StaysAMention() =>
        Assert.That(Fence.Text("Escalating to <!subteam^S0ONCALL>"), Is.EqualTo("Escalating to <!subteam^S0ONCALL>"));

    [Test]
    public void Text_OtherGroupAndWholeChannel_ReadAsWords() =>
        Assert.That(Fence.Text("<!subteam^S9OTHER|@other> <!here> @channel <@U1>"),
            Is.EqualTo("@\u2060other @\u2060here @\u2060channel <@U1>"));

    [Test]
    public void Json_EveryShownStringIsFencedAndMachineFieldsAreKept()
    {
        var view = new JsonObject
        {
            ["type"] = "modal",
            ["private_metadata"] = "{\"title\":\"<!here>\"}",
            ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = "@everyone" },
            ["blocks"] = new JsonArray(new JsonObject
            {
                ["type"] = "section",
                ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "<!channel|channel> hi" },
                ["accessory"] = new JsonObject { ["type"] = "button", ["action_id"] = "a", ["value"] = "@here" },
            }),
        };

        var fenced = Fence.Json(view)!;

        Assert.That(fenced["title"]!["text"]!.GetValue<string>(), Is.EqualTo("@\u2060everyone"));
        Assert.That(fenced["blocks"]![0]!["text"]!["text"]!.GetValue<string>(), Is.EqualTo("@\u2060channel hi"));
        Assert.That(fenced["private_metadata"]!.GetValue<string>(), Is.EqualTo("{\"title\":\"<!here>\"}"));
        Assert.That(fenced["blocks"]![0]!["accessory"]!["value"]!.GetValue<string>(), Is.EqualTo("@here"));
        Assert.That(view["title"]!["text"]!.GetValue<string>(), Is.EqualTo("@everyone"), "the original is not changed");
    }

    [Test]
    public void For_Ladder_AllowsTheUserGroupsConfiguredAsEscalationTargetsOnly()
    {
        var options = new IncidentBotOptions();
        options.Severities["sev1"].EscalationTarget = "S0ONCALL";
        options.Severities["sev2"].EscalationTarget = "C0OPS";

        Assert.That(MentionFence.For(SeverityLadder.From(options)).Groups, Is.EquivalentTo(new[] { "S0ONCALL" }));
    }
}
