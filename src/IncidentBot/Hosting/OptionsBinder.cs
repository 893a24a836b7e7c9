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
        options.Admins = ListOr(section.GetSection(nameof(options.Admins)), options.Admins);
        var dueAfter = section.GetSection(nameof(options.PostmortemDueAfter));
        options.PostmortemDueAfter = dueAfter.Exists()
            ? ListOr(dueAfter, []).Select(v => TimeSpan.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList()
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
