namespace IncidentBot.Tests.Reliability;

/// <summary>The real words the bot knows (from its own registrations) and the places and people a request can come from.</summary>
/// <param name="Commands">Subcommand names from the command catalog.</param>
/// <param name="ActionIds">Block action ids of the registered handlers.</param>
/// <param name="CallbackIds">View callback ids of the registered submission handlers.</param>
/// <param name="Channels">Incident channels and others (feed, general, unknown, DM-like).</param>
/// <param name="IncidentIds">Real incident ids, to put into private metadata and button values.</param>
internal sealed record FuzzVocabulary(
    IReadOnlyList<string> Commands,
    IReadOnlyList<string> ActionIds,
    IReadOnlyList<string> CallbackIds,
    IReadOnlyList<string> Channels,
    IReadOnlyList<long> IncidentIds)
{
    /// <summary>People who can send requests: members of the workspace (Slack sends nobody else's).</summary>
    public static readonly string[] Users = ["U1", "U2", "U3"];

    public static readonly string[] Words =
    [
        "sev0", "sev1", "sev2", "sev3", "SEV1", "sev-1", "p1", "P0", "sev9", "--private", "--PRIVATE", "--", "-p",
        "<@U2|bob>", "<@U3>", "<@U1|alice>", "<@UNOBODY0|ghost>", "<@>", "<@U2|", "<@U2", "@bob", "<#C123|general>", "<!here>",
        "<!subteam^S1|@oncall>", "@12:30", "@00:00", "@23:59", "@25:99", "@9:5", "@", "@-1:00", "due:2026-12-01", "due:2026-13-45",
        "due:", "due:tomorrow", "due:0001-01-01", "due:9999-12-31", "p2", "p3", "p4", "30m", "0m", "-5m", "2h", "99999999999h",
        "1d", "30d", "0d", "INC-1", "INC-2", "INC-0", "INC-99999999999999999999", "INC-", "inc-1", "lead", "ic", "comms", "scribe",
        "Technical Lead", "investigating", "monitoring", "resolved", "Checkout", "is", "failing", "the", "0", "-1", "NaN",
        "\"quoted\"", "'single'", "\\", "`code`", "*bold*", "_it_", "~strike~", "<script>alert(1)</script>", "{\"ok\":true}",
        "%s%s%n", "../../etc/passwd", "DROP TABLE incidents;--", "&amp;", "&lt;", "&gt;",
    ];

    public static readonly string[] Unicode =
    [
        "مرحبا بالعالم", "שלום עולם", "\u202Eevil\u202C", "🔥💥🚨", "👩‍💻", "🏳️‍🌈", "a\u200Bb", "\u200E\u200F", "\uFEFF",
        "e\u0301\u0301\u0301", "Оплата не проходит", "中文标题", "日本語", "ŧëšŧ", "\uD83D", "\uDE00", "\u0000", "\u0007", "\u001B[31m",
        "\r\n", "\t", "\v", "\f", "\u2028", "\u0085",
    ];
}
