namespace IncidentBot.Core.Configuration;

/// <summary>
/// One incident type as configured (<c>IncidentBot:Types:&lt;key&gt;:*</c>): what an incident declared with it starts
/// with — private or not, the roles it needs, its update cadence, its checklists, its runbook and dashboard links — and,
/// for a type that handles personal data, its breach-notification clock.
/// </summary>
public sealed class IncidentTypeOptions
{
    public string Label { get; set; } = "";

    /// <summary>The label per language code (<c>…__Label__ru</c>); filled by the options binder from <c>Label</c>'s children.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; set; } = new Dictionary<string, string>();

    /// <summary>Incidents of this type are always private, whatever the declarer ticked.</summary>
    public bool Private { get; set; }

    /// <summary>Role keys this type needs filled, on top of those its severity needs.</summary>
    public IReadOnlyList<string> Roles { get; set; } = [];

    /// <summary>The update cadence for this type; when its severity's is more frequent, the severity's applies.</summary>
    public TimeSpan? UpdateCadence { get; set; }

    public ChecklistOptions Checklist { get; set; } = new();

    /// <summary>Runbook and dashboard links, each <c>https://…</c> or <c>Title|https://…</c>, added as channel bookmarks.</summary>
    public IReadOnlyList<string> Runbooks { get; set; } = [];

    /// <summary>How long after declaring the authorities must be notified of a personal-data breach; unset: no clock.</summary>
    public TimeSpan? BreachNotifyAfter { get; set; }

    /// <summary>How long after declaring the IC and <see cref="BreachContact"/> are reminded while nobody has recorded the notice.</summary>
    public IReadOnlyList<TimeSpan> BreachReminders { get; set; } = [];

    /// <summary>The legal or security contact (a Slack user id) reminded with the IC.</summary>
    public string? BreachContact { get; set; }

    /// <summary>The on-call rotation paged when an incident of this type is declared, instead of its severity's.</summary>
    public string? Rotation { get; set; }
}
