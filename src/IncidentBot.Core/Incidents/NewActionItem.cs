namespace IncidentBot.Core.Incidents;

/// <summary>An action item to add; <paramref name="RequestKey"/> makes a repeated request add it once.</summary>
public sealed record NewActionItem(
    long IncidentId,
    string Text,
    string? Owner,
    DateOnly? Due,
    string Priority,
    string CreatedBy,
    string RequestKey);
