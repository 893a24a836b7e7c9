using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Incidents;

/// <summary>What a firing cadence timer sees, inside its write transaction (<see cref="Change"/>, whose <c>Now</c> it fires at).</summary>
public sealed record CadenceMoment(Change Change, Incident Incident, Severity Severity, CadenceState State);
