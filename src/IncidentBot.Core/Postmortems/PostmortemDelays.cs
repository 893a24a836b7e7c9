using System.Text;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// "Why detection or escalation was delayed": written only when a measured fact says the response was late (the IC, the
/// first update, missed update deadlines), listing those facts and asking the team for the why.
/// </summary>
public static class PostmortemDelays
{
    public static void Write(StringBuilder sb, Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(words);
        var timing = ResponseTiming.Of(input);
        if (!timing.AnyLate)
        {
            return;
        }

        PostmortemCompiler.Heading(sb, words["postmortem.delays.heading"]);
        var severity = input.Severities.Count > 0 ? input.Severities[0].DisplayKey : input.Severity.DisplayKey;
        if (timing.NoCommander)
        {
            Fact(sb, words["postmortem.delays.no_commander"]);
        }
        else if (timing.CommanderLate)
        {
            Fact(sb, words.Text("postmortem.delays.commander", ("duration", words.Duration(timing.ToCommander!.Value)),
                ("target", words.Duration(ResponseTiming.PromptCommander))));
        }

        if (timing.NoFirstUpdate)
        {
            Fact(sb, words.Text("postmortem.delays.no_first_update", ("severity", severity), ("target", words.Duration(timing.FirstUpdateExpected!.Value))));
        }
        else if (timing.FirstUpdateLate)
        {
            Fact(sb, words.Text("postmortem.delays.first_update", ("duration", words.Duration(timing.ToFirstUpdate!.Value)),
                ("severity", severity), ("target", words.Duration(timing.FirstUpdateExpected!.Value))));
        }

        if (timing.Updates.Late > 0)
        {
            Fact(sb, words.Count("postmortem.delays.missed_updates", timing.Updates.Late, ("due", timing.Updates.Due)));
        }

        Fact(sb, words["postmortem.delays.detection_prompt"]);
        Fact(sb, words["postmortem.delays.escalation_prompt"]);
    }

    private static void Fact(StringBuilder sb, string text) => sb.Append("- ").AppendLine(text);
}
