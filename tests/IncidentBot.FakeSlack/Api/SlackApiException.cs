namespace IncidentBot.FakeSlack;

/// <summary>Thrown inside a method handler to answer <c>{"ok":false,"error":Error}</c>.</summary>
internal sealed class SlackApiException : Exception
{
    public SlackApiException(string error, IReadOnlyList<string>? messages = null)
        : base(error)
    {
        Error = error;
        Messages = messages ?? [];
    }

    public SlackApiException()
        : this("internal_error")
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = message;
        Messages = [];
    }

    public string Error { get; }

    public IReadOnlyList<string> Messages { get; }
}
