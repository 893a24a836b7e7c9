namespace IncidentBot.Core.Oncall;

/// <summary>What came of an Acknowledge or Can't take it click.</summary>
public enum PageAnswerKind
{
    Recorded,
    NotFound,
    NotYours,
    AlreadyAnswered,
}
