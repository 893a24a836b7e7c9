using System.Globalization;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;

namespace IncidentBot.Hosting;

/// <summary>
/// Binds <c>IncidentBot:Types:&lt;key&gt;:*</c> over the default types, as <see cref="OptionsBinder"/> binds the ladder: a
/// list that is set replaces the default instead of appending to it. Roles and breach reminders may be one
/// comma-separated value; runbooks and checklist items, which may hold commas, one value separated by <c>;</c> or
/// numbered children (<c>…__Checklist__Verification__0</c>).
/// </summary>
public static class TypesBinder
{
    public static void Bind(IConfigurationSection types, IncidentBotOptions options)
    {
        foreach (var child in types.GetChildren())
        {
            // Bound on its own, a value that does not convert throws naming the key (SettingsCheck reports it).
            child.Bind(new IncidentTypeOptions());
            var type = options.Types[child.Key];
            var defaults = DefaultTypes.Types().GetValueOrDefault(child.Key) ?? new IncidentTypeOptions();
            type.Labels = OptionsBinder.PerLanguage(child.GetSection(nameof(type.Label)));
            type.Label = type.Labels.GetValueOrDefault(Language.English.Code) ?? type.Label;
            type.Roles = Split(child.GetSection(nameof(type.Roles)), ',') ?? defaults.Roles;
            type.Runbooks = Split(child.GetSection(nameof(type.Runbooks)), ';') ?? defaults.Runbooks;
            var checklist = child.GetSection(nameof(type.Checklist));
            if (!string.IsNullOrEmpty(checklist.Value))
            {
                throw new FormatException($"{EnvironmentName(checklist.Path)} is set directly: give the lists as {EnvironmentName(checklist.Path)}__Activation " +
                    $"and {EnvironmentName(checklist.Path)}__Verification, items separated by ;.");
            }

            type.Checklist = new ChecklistOptions
            {
                Activation = Split(checklist.GetSection(nameof(ChecklistOptions.Activation)), ';') ?? defaults.Checklist.Activation,
                Verification = Split(checklist.GetSection(nameof(ChecklistOptions.Verification)), ';') ?? defaults.Checklist.Verification,
            };
            var reminders = child.GetSection(nameof(type.BreachReminders));
            type.BreachReminders = Split(reminders, ',')?.Select(v => Positive(reminders, v)).Order().ToList() ?? defaults.BreachReminders;
        }
    }

    private static TimeSpan Positive(IConfigurationSection section, string value) =>
        TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero
            ? span
            : throw new FormatException($"{EnvironmentName(section.Path)} \"{value}\" is not a positive TimeSpan such as 1.00:00:00 (d.hh:mm:ss).");

    /// <summary>The values of a list setting, or null when it is not set; set to an empty value, an empty list.</summary>
    private static List<string>? Split(IConfigurationSection section, char separator)
    {
        if (!section.Exists())
        {
            return null;
        }

        var children = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        var values = children.Count > 0 ? children : (section.Value ?? "").Split(separator).ToList();
        return values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
    }

    private static string EnvironmentName(string path) => path.Replace(":", "__", StringComparison.Ordinal);
}
