using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Slack.Messages;

/// <summary>The answers to <c>/incident action edit</c>, in the asker's words.</summary>
public static class ActionEditMessages
{
    public static CommandReply Usage(Words words, string problem) => CommandReply.Ephemeral(words.Text("actions.edit.usage",
        ("problem", problem), ("usage", $"`/incident action edit {SlackText.Escape(words["actions.edit.syntax"])}`")));

    public static CommandReply NotFound(Words words, Incident incident, int number) =>
        CommandReply.Ephemeral(words.Text("actions.edit.not_found", ("reference", incident.Reference), ("number", number)));

    public static CommandReply Edited(Words words, ActionItem item, bool changed) => CommandReply.Ephemeral(words.Text(
        changed ? "actions.edit.done" : "actions.edit.unchanged", ("number", item.Number), ("line", ActionItemMessages.Line(words, item))));
}
