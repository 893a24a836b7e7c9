using IncidentBot.Core.Configuration;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// An integration the bot knows: the name its HTTP client records calls under, the vendor's name as shown, and whether
/// the settings switch it on.
/// </summary>
public sealed record KnownIntegration(string Name, string Title, Func<IncidentBotOptions, bool> IsOn);
