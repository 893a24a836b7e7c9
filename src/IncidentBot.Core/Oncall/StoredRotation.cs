namespace IncidentBot.Core.Oncall;

/// <summary>A rotation's members as set in Slack: in order, member <see cref="StartIndex"/> holding the turn that starts at <see cref="AnchorAt"/>.</summary>
public sealed record StoredRotation(string Name, IReadOnlyList<string> Members, DateTimeOffset AnchorAt, int StartIndex, string SetBy, DateTimeOffset SetAt);
