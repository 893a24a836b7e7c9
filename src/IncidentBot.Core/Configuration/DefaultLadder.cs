namespace IncidentBot.Core.Configuration;

/// <summary>The severity ladder and roles a team gets before configuring anything (the README's default ladder and roles).</summary>
public static class DefaultLadder
{
    public static Dictionary<string, SeverityOptions> Severities() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["sev0"] = new()
        {
            Rank = 0, Label = "Critical outage", Aliases = ["p0", "sev-0"],
            UpdateCadence = TimeSpan.FromMinutes(15), RequiredRoles = ["ic", "comms", "scribe", "lead"],
            SoakPeriod = TimeSpan.FromMinutes(30), EscalateAfterMissed = 1,
        },
        ["sev1"] = new()
        {
            Rank = 1, Label = "Major degradation", Aliases = ["p1", "sev-1"],
            UpdateCadence = TimeSpan.FromMinutes(30), RequiredRoles = ["ic", "lead"],
            SoakPeriod = TimeSpan.FromMinutes(15), EscalateAfterMissed = 1,
        },
        ["sev2"] = new()
        {
            Rank = 2, Label = "Minor issue", Aliases = ["p2", "sev-2"],
            UpdateCadence = TimeSpan.FromMinutes(60), RequiredRoles = ["ic"],
            SoakPeriod = TimeSpan.FromMinutes(5), EscalateAfterMissed = 2,
        },
        ["sev3"] = new()
        {
            Rank = 3, Label = "Low impact", Aliases = ["p3", "sev-3"],
            UpdateCadence = TimeSpan.FromHours(4), RequiredRoles = ["ic"], SoakPeriod = null, EscalateAfterMissed = null,
        },
    };

    public static Dictionary<string, RoleOptions> Roles() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["ic"] = new()
        {
            Order = 0, Name = "Incident Commander",
            Duty = "Owns the response, decides, sets the cadence and declares resolution. Does not debug.",
        },
        ["comms"] = new()
        {
            Order = 1, Name = "Communications Lead",
            Duty = "Posts updates on the cadence and keeps stakeholders and the status page current.",
        },
        ["scribe"] = new()
        {
            Order = 2, Name = "Scribe",
            Duty = "Keeps the timeline: notes, pins, decisions with their times.",
        },
        ["lead"] = new()
        {
            Order = 3, Name = "Technical Lead",
            Duty = "Leads the investigation and the fix.",
        },
    };

    /// <summary>
    /// Roles of the practice that are off until a team turns one on (<c>IncidentBot__Roles__ops__Order=4</c>): named and
    /// described in every language the bot speaks when the team gives no name of its own.
    /// </summary>
    public static Dictionary<string, RoleOptions> OptionalRoles() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["ops"] = new()
        {
            Order = 4, Name = "Operations",
            Duty = "Carries out the changes the response decides on: rollbacks, failovers, mitigations.",
        },
        ["planning"] = new()
        {
            Order = 5, Name = "Planning",
            Duty = "Tracks what is known, the plan and its owners, and prepares the facts for the next update.",
        },
    };

    /// <summary>The built-in defaults for a role key, on by default or optional; null for a team's own role.</summary>
    public static RoleOptions? KnownRole(string key) => Roles().GetValueOrDefault(key) ?? OptionalRoles().GetValueOrDefault(key);
}
