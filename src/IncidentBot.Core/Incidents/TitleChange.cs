namespace IncidentBot.Core.Incidents;

/// <summary>An incident's title words and whether it is open, as of change <paramref name="Seq"/>.</summary>
public sealed record TitleChange(long Seq, OpenTitle Title, bool IsOpen);
