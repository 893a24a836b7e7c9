using IncidentBot.Core.Configuration;

namespace IncidentBot.Core.StatusPage;

/// <summary>The configured components, in the order the page and the forms list them (<c>Order</c>, then name).</summary>
public sealed class ComponentCatalog
{
    /// <summary>A form's picker holds at most 100 options, four states per component.</summary>
    public const int Max = 25;

    public ComponentCatalog(StatusPageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        All = options.Components
            .Select(c => (c.Key, Name: string.IsNullOrWhiteSpace(c.Value.Name) ? c.Key : c.Value.Name.Trim(), c.Value.Order))
            .OrderBy(c => c.Order).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(c => new BoardComponent(c.Key.ToLowerInvariant(), c.Name, ComponentState.Operational))
            .ToList();
    }

    public IReadOnlyList<BoardComponent> All { get; }

    public BoardComponent? Find(string key) => All.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads picked <c>component:state</c> values (the forms' option values) into the affected set; a component picked
    /// twice keeps its worse state. Unknown components or states are left out and reported.
    /// </summary>
    public (Dictionary<string, ComponentState> Picked, List<string> Unknown) Read(IEnumerable<string> values)
    {
        var picked = new Dictionary<string, ComponentState>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<string>();
        foreach (var value in values)
        {
            var cut = value.LastIndexOf(':');
            if (cut <= 0 || Find(value[..cut]) is not { } component || ComponentStates.Parse(value[(cut + 1)..]) is not { } state)
            {
                unknown.Add(value);
                continue;
            }

            picked[component.Key] = picked.TryGetValue(component.Key, out var before) && before > state ? before : state;
        }

        return (picked, unknown);
    }

    public static string Value(string key, ComponentState state) => $"{key}:{ComponentStates.Key(state)}";
}
