using IncidentBot.Core.Oncall;
using IncidentBot.Core.Texts;

namespace IncidentBot.Oncall;

/// <summary>What the person who clicked a page's button is told.</summary>
public static class PageAnswers
{
    public static string Text(Words words, PageAnswer answer, bool acknowledged)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Kind switch
        {
            PageAnswerKind.NotFound => words["oncall.answer.page_unknown"],
            PageAnswerKind.NotYours => words.Text("oncall.answer.page_not_yours", ("user", $"<@{answer.Page!.UserId}>")),
            PageAnswerKind.AlreadyAnswered => words["oncall.answer.page_answered"],
            _ when !acknowledged => words["oncall.answer.declined"],
            _ when answer.BecameCommander => words["oncall.answer.acknowledged_ic"],
            _ => words["oncall.answer.acknowledged"],
        };
    }
}
