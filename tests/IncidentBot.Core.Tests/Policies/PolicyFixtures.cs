using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests.Policies;

/// <summary>Incidents, severities and cadence state for the policy tests.</summary>
public static class PolicyFixtures
{
    public static readonly DateTimeOffset Declared = new(2026, 11, 22, 14, 0, 0, TimeSpan.Zero);

    public static Severity Sev1(TimeSpan? cadence = null, string? target = "S0ONCALL", int? escalateAfter = 1) => new(
        "sev1", "Major degradation", 1, ["p1"], cadence ?? TimeSpan.FromMinutes(30), ["ic", "lead"], TimeSpan.FromMinutes(15),
        escalateAfter, target, false) { AsksInitialAssessment = true };

    public static Severity Sev3() => new("sev3", "Low impact", 3, [], null, ["ic"], null, null, null, false);

    public static Incident Incident(IncidentStatus status = IncidentStatus.Investigating, DateTimeOffset? lastUpdate = null,
        int updates = 0, string? commander = "U1") => new()
    {
        Id = 1, Number = 42, Title = "Checkout is failing", SeverityKey = "sev1", Status = status, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = Declared, LastUpdateAt = lastUpdate, UpdateCount = updates,
        Roles = commander is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["ic"] = commander },
    };

    public static CadenceState State() => new() { IncidentId = 1 };

    public static DateTimeOffset At(int minutes) => Declared.AddMinutes(minutes);
}
