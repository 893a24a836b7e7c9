namespace IncidentBot.Core.Oncall;

/// <summary>What came of answering a page; <see cref="BecameCommander"/> when the acknowledgement made them IC.</summary>
public sealed record PageAnswer(PageAnswerKind Kind, Page? Page, bool BecameCommander = false);
