namespace IncidentBot.Slack.Commands;

/// <summary>The registered subcommands, looked up by name; the source of <c>help</c> and "did you mean".</summary>
public sealed class CommandCatalog(IEnumerable<IIncidentCommand> commands)
{
    public IReadOnlyList<IIncidentCommand> All { get; } = commands.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public IIncidentCommand? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The closest registered name within two edits, or one that starts with what was typed.</summary>
    public string? Suggest(string typed)
    {
        var lower = typed.ToLowerInvariant();
        return All.Select(c => (c.Name, Distance: EditDistance.Between(lower, c.Name)))
            .Where(x => x.Distance <= 2 || (lower.Length >= 2 && x.Name.StartsWith(lower, StringComparison.Ordinal)))
            .OrderBy(x => x.Distance)
            .Select(x => x.Name)
            .FirstOrDefault();
    }
}
