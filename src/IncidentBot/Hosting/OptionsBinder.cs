using IncidentBot.Core.Configuration;

namespace IncidentBot.Hosting;

/// <summary>
/// Binds <c>IncidentBot:*</c> over the defaults. Setting one key (a single severity's cadence, say) changes just that
/// value; a list that is set (aliases, required roles, admins) replaces the default list instead of appending to it.
/// Lists may also be given as one comma-separated value (<c>IncidentBot__Admins=U1,U2</c>).
/// </summary>
public static class OptionsBinder
{
    public static IncidentBotOptions Bind(IConfiguration section)
    {
        var options = new IncidentBotOptions();
        section.Bind(options);

        // Bound into the default ladder's entries, a value that does not convert is dropped without a word and the
        // default stays; bound on their own, the same values throw naming the key (SettingsCheck reports them).
        foreach (var child in section.GetSection(nameof(options.Severities)).GetChildren())
        {
            child.Bind(new SeverityOptions());
        }

        foreach (var child in section.GetSection(nameof(options.Roles)).GetChildren())
        {
            child.Bind(new RoleOptions());
        }

        options.Admins = ListOr(section.GetSection(nameof(options.Admins)), options.Admins);
        var dueAfter = section.GetSection(nameof(options.PostmortemDueAfter));
        options.PostmortemDueAfter = dueAfter.Exists()
            ? ListOr(dueAfter, []).Select(v => TimeSpan.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var after) && after > TimeSpan.Zero
                ? after
                : throw new FormatException($"IncidentBot__PostmortemDueAfter \"{v}\" is not a positive TimeSpan such as 1.00:00:00 (d.hh:mm:ss).")).ToList()
            : new IncidentBotOptions().PostmortemDueAfter;
        foreach (var child in section.GetSection(nameof(options.Severities)).GetChildren())
        {
            var severity = options.Severities[child.Key];
            var defaults = DefaultLadder.Severities().GetValueOrDefault(child.Key);
            severity.Aliases = ListOr(child.GetSection(nameof(severity.Aliases)), defaults?.Aliases ?? []);
            severity.RequiredRoles = ListOr(child.GetSection(nameof(severity.RequiredRoles)), defaults?.RequiredRoles ?? []);
        }

        return options;
    }

    private static IReadOnlyList<string> ListOr(IConfigurationSection section, IReadOnlyList<string>? fallback)
    {
        if (!section.Exists())
        {
            return fallback ?? [];
        }

        var children = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        var values = children.Count > 0 ? children : (section.Value ?? "").Split(',').ToList();
        return values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
    }
}
