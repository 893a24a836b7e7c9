namespace IncidentBot.Core.Incidents;

/// <summary>Who the actor saw holding a role when they acted; a null <see cref="UserId"/> means "vacant".</summary>
public sealed record ExpectedHolder(string? UserId)
{
    public static ExpectedHolder Vacant { get; } = new((string?)null);
}
