namespace IncidentBot.Web;

/// <summary>What a sign-in under way remembers in its cookie: the state and nonce sent to Slack, and the page to return to.</summary>
public sealed record SignInState(string State, string Nonce, string ReturnTo, DateTimeOffset ExpiresAt);
