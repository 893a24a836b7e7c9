using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// What the update form opens with: whether it is the initial assessment, the "since last update" bullets drawn from the
/// timeline, and the previous update, whose root cause, scope and next steps it carries forward for editing.
/// </summary>
public sealed record UpdateForm(bool Assessment, string SinceLast, StatusUpdate? Previous)
{
    /// <summary><c>42</c>, or <c>42:assessment</c> for the assessment form: what the submission reads back.</summary>
    public string Metadata(Incident incident) =>
        incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + (Assessment ? AssessmentSuffix : "");

    public const string AssessmentSuffix = ":assessment";
}
