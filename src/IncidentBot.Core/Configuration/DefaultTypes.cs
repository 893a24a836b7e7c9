namespace IncidentBot.Core.Configuration;

/// <summary>The incident types a team gets before configuring anything: <c>default</c> and <c>security</c>.</summary>
public static class DefaultTypes
{
    /// <summary>The type an incident has when none is named.</summary>
    public const string DefaultKey = "default";

    public const string SecurityKey = "security";

    public static Dictionary<string, IncidentTypeOptions> Types() => new(StringComparer.OrdinalIgnoreCase)
    {
        [DefaultKey] = new() { Label = "General" },
        [SecurityKey] = new()
        {
            Label = "Security",
            Private = true,
            BreachNotifyAfter = TimeSpan.FromHours(72),
            BreachReminders = [TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromHours(66)],
        },
    };
}
