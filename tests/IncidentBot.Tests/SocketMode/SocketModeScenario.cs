using System.Text.Json.Nodes;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.SocketMode;

/// <summary>What the Socket Mode end-to-end tests do and check, in Slack's terms.</summary>
internal static class SocketModeScenario
{
    /// <summary><c>/incident declare sev1 {title}</c> over the socket; asserts the ack came within Slack's 3 s.</summary>
    public static async Task<SlashCommandDelivery> DeclareAsync(BotHarness bot, string title)
    {
        var delivery = await bot.Slack.SocketMode.SendSlashCommandAsync($"declare sev1 {title}");
        Assert.That(delivery.Ack, Is.Not.Null, $"no ack within 3 s for declaring '{title}'");
        return delivery;
    }

    public static IReadOnlyList<SlackChannel> IncidentChannels(FakeSlackServer slack) =>
        slack.State.Channels.Where(c => c.Name.StartsWith("incident-", StringComparison.Ordinal)).ToList();

    /// <summary>Asserts each title has exactly one channel, one pinned brief and one feed headline.</summary>
    public static void AssertDeclaredOnce(FakeSlackServer slack, params string[] titles)
    {
        var channels = IncidentChannels(slack);
        Assert.That(channels, Has.Count.EqualTo(titles.Length), string.Join(", ", channels.Select(c => c.Name)));
        foreach (var channel in channels)
        {
            Assert.That(slack.State.Pins(channel.Id), Has.Count.EqualTo(1), $"pins in #{channel.Name}");
        }

        foreach (var title in titles)
        {
            Assert.That(channels.Count(c => c.Name.EndsWith(Slug(title), StringComparison.Ordinal)), Is.EqualTo(1), title);
            Assert.That(slack.State.Messages(BotHarness.FeedChannel).Count(m => m.Text.Contains(title, StringComparison.Ordinal)),
                Is.EqualTo(1), $"feed headlines for '{title}'");
        }

        Assert.That(slack.SocketMode.AckProblems, Is.Empty);
    }

    /// <summary>An <c>event_callback</c> body as Slack's Events API sends it.</summary>
    public static JsonObject EventCallback(string eventId, JsonObject evt) => new()
    {
        ["token"] = "verification-token-unused",
        ["team_id"] = "T0001",
        ["api_app_id"] = "A0001",
        ["event"] = evt,
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(),
    };

    /// <summary>A submission of the declare modal <paramref name="view"/> as the user filled it in.</summary>
    public static JsonObject DeclareSubmission(SlackView view, string user, string title, string severity)
    {
        var opened = JsonNode.Parse(view.Json)!.AsObject();
        return new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = "T0001", ["domain"] = "acme" },
            ["user"] = new JsonObject { ["id"] = user, ["team_id"] = "T0001" },
            ["trigger_id"] = "12345.98765.abcd",
            ["view"] = new JsonObject
            {
                ["id"] = view.Id,
                ["type"] = "modal",
                ["callback_id"] = view.CallbackId,
                ["private_metadata"] = opened["private_metadata"]?.DeepClone(),
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject
                    {
                        ["title"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = title } },
                        ["severity"] = new JsonObject
                        {
                            ["value"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = severity } },
                        },
                    },
                },
            },
        };
    }

    private static string Slug(string title) => title.ToLowerInvariant().Replace(' ', '-');
}
