namespace IncidentBot.Hosting;

/// <summary>
/// <c>migrate-to-postgres</c> will not copy: its message is the one line the person who ran it reads (never a
/// connection string, which may hold a password), and nothing has been written.
/// </summary>
public sealed class MigrationRefusedException(string message) : Exception(message);
