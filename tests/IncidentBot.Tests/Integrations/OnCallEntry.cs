using System.Text.Json.Nodes;

namespace IncidentBot.Tests.Integrations;

/// <summary>One on-call entry the fake PagerDuty answers: a user of the schedule at an escalation level.</summary>
public sealed record OnCallEntry(string UserId, string Name, string Email, int Level)
{
    /// <summary>The entry in listOnCalls' response shape; the user a full user object when users are included, else a reference.</summary>
    public JsonObject Render(bool includeUsers)
    {
        var user = new JsonObject
        {
            ["id"] = UserId, ["type"] = includeUsers ? "user" : "user_reference", ["summary"] = Name,
            ["self"] = $"https://api.pagerduty.com/users/{UserId}", ["html_url"] = $"https://example.pagerduty.com/users/{UserId}",
        };
        if (includeUsers)
        {
            user["name"] = Name;
            user["email"] = Email;
            user["time_zone"] = "Europe/London";
        }

        return new JsonObject
        {
            ["user"] = user,
            ["schedule"] = new JsonObject
            {
                ["id"] = FakePagerDuty.ScheduleId, ["type"] = "schedule_reference", ["summary"] = "Daily Engineering Rotation",
                ["self"] = $"https://api.pagerduty.com/schedules/{FakePagerDuty.ScheduleId}",
            },
            ["escalation_policy"] = new JsonObject { ["id"] = "PT20YPA", ["type"] = "escalation_policy_reference", ["summary"] = "Engineering" },
            ["escalation_level"] = Level,
            ["start"] = "2026-12-01T09:00:00Z",
            ["end"] = "2026-12-08T09:00:00Z",
        };
    }
}
