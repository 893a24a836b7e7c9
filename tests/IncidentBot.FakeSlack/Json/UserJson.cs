using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Renders a user the way users.info returns it.</summary>
internal static class UserJson
{
    public static JsonObject Render(SlackUser u, string teamId) => new()
    {
        ["id"] = u.Id,
        ["team_id"] = teamId,
        ["name"] = u.Name,
        ["deleted"] = false,
        ["real_name"] = u.RealName,
        ["tz"] = u.Tz,
        ["tz_label"] = u.Tz,
        ["tz_offset"] = TzOffset(u.Tz),
        ["is_admin"] = false,
        ["is_owner"] = false,
        ["is_bot"] = u.IsBot,
        ["is_app_user"] = false,
        ["profile"] = new JsonObject
        {
            ["real_name"] = u.RealName,
            ["real_name_normalized"] = u.RealName,
            ["display_name"] = u.Name,
            ["display_name_normalized"] = u.Name,
            ["team"] = teamId,
        },
    };

    private static int TzOffset(string tz)
    {
        try
        {
            return (int)TimeZoneInfo.FindSystemTimeZoneById(tz).BaseUtcOffset.TotalSeconds;
        }
        catch (TimeZoneNotFoundException)
        {
            return 0;
        }
        catch (InvalidTimeZoneException)
        {
            return 0;
        }
    }
}
