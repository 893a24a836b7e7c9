namespace IncidentBot.Core.Configuration;

/// <summary>
/// An incident type's two checklists (<c>IncidentBot:Types:&lt;key&gt;:Checklist:Activation|Verification</c>): the
/// war-room activation list posted when the channel opens, and the verification list to finish before resolving. Unset,
/// each is the practice's own list in the workspace's language; set to an empty value, there is none.
/// </summary>
public sealed class ChecklistOptions
{
    public IReadOnlyList<string>? Activation { get; set; }

    public IReadOnlyList<string>? Verification { get; set; }
}
