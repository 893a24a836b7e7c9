namespace IncidentBot.Hosting;

/// <summary>One table <c>migrate-to-postgres</c> copied, and how many rows it copied into it.</summary>
public sealed record CopiedTable(string Name, long Rows);
