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
            type.Checklist = Checklist(child.GetSection(nameof(type.Checklist)), defaults.Checklist);
            var reminders = child.GetSection(nameof(type.BreachReminders));
            type.BreachReminders = Split(reminders, ',')?.Select(v => Positive(reminders, v)).Order().ToList() ?? defaults.BreachReminders;
        }
    }

    /// <summary>
    /// The type's checklists. The plain key (<c>…__Checklist</c>, one value or numbered children) is the verification list,
    /// the one checked before resolving; set together with <c>…__Checklist__Verification</c> it is refused, as neither could win.
    /// </summary>
    private static ChecklistOptions Checklist(IConfigurationSection checklist, ChecklistOptions defaults)
    {
        var verification = checklist.GetSection(nameof(ChecklistOptions.Verification));
        var plain = PlainList(checklist);
        if (plain is not null && verification.Exists())
        {
            throw new FormatException($"{EnvironmentName(checklist.Path)} and {EnvironmentName(verification.Path)} are both set: " +
                "the plain key is the verification list, so set only one of them.");
        }

        return new ChecklistOptions
        {
            Activation = Split(checklist.GetSection(nameof(ChecklistOptions.Activation)), ';') ?? defaults.Activation,
            Verification = plain ?? Split(verification, ';') ?? defaults.Verification,
        };
    }

    /// <summary>
    /// The items of a list given on the section itself (one value, or numbered children), or null when it is not. An empty
    /// value on a section that has children is no list: some sources (the web host's own settings) give every parent of a
    /// key set below it an empty value.
    /// </summary>
    private static List<string>? PlainList(IConfigurationSection section)
    {
        var children = section.GetChildren().ToList();
        var numbered = children.Where(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToList();
        if (numbered.Count == 0 && (section.Value is null || (section.Value.Length == 0 && children.Count > 0)))
        {
            return null;
        }

        var values = numbered.Count > 0 ? numbered.Select(c => c.Value).OfType<string>() : section.Value!.Split(';');
        return values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
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
