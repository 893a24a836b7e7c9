using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The reminder that the initial assessment is due: mentions the IC (or the declarer while nobody is IC), lists the
/// assessment's questions, and offers the assessment form.
/// </summary>
public static class AssessmentReminderMessage
{
    public const string MetadataEventType = "incident_assessment_reminder";

    /// <summary>The questions the initial assessment answers, as catalogue keys, in the practice's order.</summary>
    public static readonly string[] QuestionKeys =
    [
        "assessment.question.services", "assessment.question.customers", "assessment.question.revenue",
        "assessment.question.sla", "assessment.question.hypothesis",
    ];

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, Severity severity, AssessmentReminderPayload reminder)
    {
        var who = SlackText.User(incident.Commander ?? incident.DeclaredBy);
        var text = words.Text("assessment.reminder",
            ("mention", who), ("reference", incident.Reference), ("severity", severity.DisplayKey),
            ("within", words.Duration(severity.InitialAssessmentWithin)), ("time", SlackText.Time(reminder.DueAt)));
        var questions = string.Join("\n", QuestionKeys.Select(k => $"• {words[k]}"));
        var button = Blocks.Button(CadenceActions.PostUpdate, words["assessment.button"],
            incident.Id.ToString(CultureInfo.InvariantCulture), "primary");
        return (text, Blocks.Array([
            Blocks.Section($":clipboard: {text}"),
            Blocks.Section(questions),
            Blocks.Actions("assessment_actions", button),
        ]));
    }
}
