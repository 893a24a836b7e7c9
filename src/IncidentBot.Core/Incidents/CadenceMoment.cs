using System.Data;

namespace IncidentBot.Core.Incidents;

/// <summary>What a firing cadence timer sees, inside its write transaction.</summary>
public sealed record CadenceMoment(IDbTransaction Tx, Incident Incident, Severity Severity, CadenceState State, DateTimeOffset Now);
