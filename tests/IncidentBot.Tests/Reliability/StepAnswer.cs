using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>The bot's answer to one step someone took, and how long it took to arrive.</summary>
internal sealed record StepAnswer(string Step, SlackAnswer Answer, TimeSpan Took);
