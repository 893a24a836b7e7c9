using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests.Support;

/// <summary>The default severity ladder and roles, as a team gets them before configuring anything.</summary>
public static class TestLadder
{
    public static SeverityLadder Severities { get; } = SeverityLadder.From(new IncidentBotOptions());

    public static RoleCatalog Roles { get; } = RoleCatalog.From(new IncidentBotOptions());
}
