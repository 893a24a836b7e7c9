using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;

namespace IncidentBot.Hosting;

/// <summary>
/// Binds <c>IncidentBot:*</c> over the defaults. Setting one key (a single severity's cadence, say) changes just that
/// value; a list that is set (aliases, required roles, admins) replaces the default list instead of appending to it.
/// Lists may also be given as one comma-separated value (<c>IncidentBot__Admins=U1,U2</c>).
/// </summary>
public static class OptionsBinder
{
    public static IncidentBotOptions Bind(IConfigurationSection section)
    {
        var options = new IncidentBotOptions();
        section.Bind(options);

        // Bound into the default ladder's entries, a value that does not convert is dropped without a word and the
        // default stays; bound on their own, the same values throw naming the key (SettingsCheck reports them). The
        // severities are bound on their own in the loop below.
        foreach (var child in section.GetSection(nameof(options.Roles)).GetChildren())
        {
            child.Bind(new RoleOptions());
            var role = options.Roles[child.Key];
            role.Names = PerLanguage(child.GetSection(nameof(role.Name)));
            role.Duties = PerLanguage(child.GetSection(nameof(role.Duty)));
            role.Name = role.Names.GetValueOrDefault(Language.English.Code) ?? role.Name;
            role.Duty = role.Duties.GetValueOrDefault(Language.English.Code) ?? role.Duty;
            if (DefaultLadder.OptionalRoles().GetValueOrDefault(child.Key) is { } known)
            {
                role.Name = role.Name.Length > 0 ? role.Name : known.Name;
                role.Duty = role.Duty.Length > 0 ? role.Duty : known.Duty;
            }
        }

        options.Admins = ListOr(section.GetSection(nameof(options.Admins)), options.Admins);
        var dueAfter = section.GetSection(nameof(options.PostmortemDueAfter));
        options.PostmortemDueAfter = dueAfter.Exists()
            ? ListOr(dueAfter, []).Select(v => TimeSpan.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var after) && after > TimeSpan.Zero
                ? after
                : throw new FormatException($"IncidentBot__PostmortemDueAfter \"{v}\" is not a positive TimeSpan such as 1.00:00:00 (d.hh:mm:ss).")).ToList()
            : new IncidentBotOptions().PostmortemDueAfter;
        if (options.InitialAssessmentWithin <= TimeSpan.Zero)
        {
            throw new FormatException($"IncidentBot__InitialAssessmentWithin \"{options.InitialAssessmentWithin}\" is not a positive TimeSpan such as 00:15:00.");
        }

        if (options.TriageAckWithin <= TimeSpan.Zero)
        {
            throw new FormatException($"IncidentBot__TriageAckWithin \"{options.TriageAckWithin}\" is not a positive TimeSpan such as 00:01:00.");
        }

        foreach (var child in section.GetSection(nameof(options.Severities)).GetChildren())
        {
            child.Bind(new SeverityOptions());
            var severity = options.Severities[child.Key];
            var defaults = DefaultLadder.Severities().GetValueOrDefault(child.Key);
            severity.Aliases = ListOr(child.GetSection(nameof(severity.Aliases)), defaults?.Aliases ?? []);
            severity.RequiredRoles = ListOr(child.GetSection(nameof(severity.RequiredRoles)), defaults?.RequiredRoles ?? []);
            severity.Labels = PerLanguage(child.GetSection(nameof(severity.Label)));
            severity.Label = severity.Labels.GetValueOrDefault(Language.English.Code) ?? severity.Label;
        }

        var firstMessage = section.GetSection($"{nameof(options.StatusPage)}:{nameof(StatusPageOptions.FirstMessageSeverities)}");
        options.StatusPage.FirstMessageSeverities = ListOr(firstMessage, []);
        options.Jira.AutoPriorities = ListOr(section.GetSection($"{nameof(options.Jira)}:{nameof(JiraOptions.AutoPriorities)}"), []);
        options.Linear.AutoPriorities = ListOr(section.GetSection($"{nameof(options.Linear)}:{nameof(LinearOptions.AutoPriorities)}"), []);
        options.PagerDuty.Severities = ListOr(section.GetSection($"{nameof(options.PagerDuty)}:{nameof(PagerDutyOptions.Severities)}"), []);
        options.Opsgenie.Severities = ListOr(section.GetSection($"{nameof(options.Opsgenie)}:{nameof(OpsgenieOptions.Severities)}"), []);
        options.Zoom.Severities = ListOr(section.GetSection($"{nameof(options.Zoom)}:{nameof(ZoomOptions.Severities)}"), []);
        // Bound on their own too, so that a length that does not convert throws naming its key.
        foreach (var child in section.GetSection(nameof(options.Rotations)).GetChildren())
        {
            child.Bind(new RotationOptions());
        }

        TypesBinder.Bind(section.GetSection(nameof(options.Types)), options);
        foreach (var audience in section.GetSection(nameof(options.Stakeholders)).GetChildren())
        {
            // Bound on its own, a value that does not convert throws naming the key; lists may be one comma-separated value.
            audience.Bind(new StakeholderAudienceOptions());
            var bound = options.Stakeholders[audience.Key];
            bound.Channels = ListOr(audience.GetSection(nameof(bound.Channels)), []);
            bound.UserGroups = ListOr(audience.GetSection(nameof(bound.UserGroups)), []);
            bound.Severities = ListOr(audience.GetSection(nameof(bound.Severities)), []);
        }

        options.Severities = OnlyTheLadder(section, options.Severities);
        return options;
    }

    /// <summary>The setting that names which rungs the ladder has, when a team's own replace the defaults.</summary>
    public const string LadderSetting = "SeverityLadder";

    /// <summary>
    /// The rungs <c>IncidentBot:SeverityLadder</c> names (a team on P1–P4 drops SEV0–SEV3 this way), or every rung
    /// when it is unset; a name that is neither a default nor configured is refused, naming the setting.
    /// </summary>
    private static Dictionary<string, SeverityOptions> OnlyTheLadder(IConfigurationSection section, Dictionary<string, SeverityOptions> all)
    {
        var keys = ListOr(section.GetSection(LadderSetting), null);
        if (keys.Count == 0)
        {
            return all;
        }

        var unknown = keys.Where(k => !all.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"IncidentBot__{LadderSetting} names {string.Join(", ", unknown.Select(k => $"\"{k}\""))}, which " +
                $"{(unknown.Count == 1 ? "is" : "are")} not a severity: configure it with IncidentBot__Severities__<key>__… or use " +
                $"{string.Join(", ", all.Keys)}.");
        }

        return keys.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(k => k, k => all[k], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A text given per language under its setting (<c>…__Label__ru</c>, <c>…__Label__en</c>) beside or instead of the
    /// plain value; a language the bot does not speak is refused, naming the key.
    /// </summary>
    internal static Dictionary<string, string> PerLanguage(IConfigurationSection section)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var child in section.GetChildren())
        {
            if (!Language.TryParse(child.Key, out var language))
            {
                throw new FormatException($"{child.Path.Replace(":", "__", StringComparison.Ordinal)} names the language \"{child.Key}\"; " +
                    $"the bot speaks {string.Join(" and ", Language.All.Select(l => l.Code))}.");
            }

            if (!string.IsNullOrWhiteSpace(child.Value))
            {
                texts[language.Code] = child.Value.Trim();
            }
        }

        return texts;
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
