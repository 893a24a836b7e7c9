namespace IncidentBot.Slack.Commands;

/// <summary>
/// Russian words accepted for the most used subcommands (<c>/incident объявить</c> is <c>/incident declare</c>). The
/// subcommands keep their English names everywhere else; help shows each alias next to its command.
/// </summary>
public static class CommandAliases
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["объявить"] = "declare",
        ["обновить"] = "update",
        ["заметка"] = "note",
        ["статус"] = "status",
        ["решено"] = "resolve",
        ["список"] = "list",
        ["помощь"] = "help",
    };

    /// <summary>The subcommand an alias stands for, or what was typed when it is no alias.</summary>
    public static string Resolve(string typed) => All.GetValueOrDefault(typed) ?? typed;

    /// <summary>The alias of a subcommand, if it has one.</summary>
    public static string? Of(string name) =>
        All.Where(a => string.Equals(a.Value, name, StringComparison.Ordinal)).Select(a => a.Key).FirstOrDefault();
}
