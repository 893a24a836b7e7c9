namespace IncidentBot.Core.Stakeholders;

/// <summary>What sending stakeholders an update did: the outcome and, when sent, what was recorded.</summary>
public sealed record StakeholderSendResult(StakeholderSendOutcome Outcome, StakeholderPayload? Payload = null);
