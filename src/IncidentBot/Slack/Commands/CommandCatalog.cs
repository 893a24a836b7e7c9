namespace IncidentBot.Slack.Commands;

/// <summary>The registered subcommands, looked up by name or Russian alias; the source of <c>help</c> and "did you mean".</summary>
public sealed class CommandCatalog(IEnumerable<IIncidentCommand> commands)
{
    public IReadOnlyList<IIncidentCommand> All { get; } = commands.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public IIncidentCommand? Find(string name)
    {
        var resolved = CommandAliases.Resolve(name);
        return All.FirstOrDefault(c => string.Equals(c.Name, resolved, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The closest registered name or alias within two edits, or one that starts with what was typed.</summary>
    public string? Suggest(string typed)
    {
        var lower = typed.ToLowerInvariant();
        return All.Select(c => c.Name).Concat(CommandAliases.All.Keys)
            .Select(name => (Name: name, Distance: EditDistance.Between(lower, name)))
            .Where(x => x.Distance <= 2 || (lower.Length >= 2 && x.Name.StartsWith(lower, StringComparison.Ordinal)))
            .OrderBy(x => x.Distance)
            .Select(x => x.Name)
            .FirstOrDefault();
    }
}
