using IncidentBot.Core.Oncall;
using IncidentBot.Core.Texts;

namespace IncidentBot.Oncall;

/// <summary>The words of <c>/incident oncall</c>'s answers: a rotation's now, next and overrides, with times in its zone.</summary>
public static class OncallAnswers
{
    public static string Rotation(Words words, Rotation rotation, IReadOnlyList<RotationSwap> swaps, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(rotation);
        ArgumentNullException.ThrowIfNull(swaps);
        var header = words.Text("oncall.list.header", ("rotation", rotation.Name), ("length", words.Duration(rotation.Length)),
            ("zone", rotation.Zone.Id));
        if (rotation.Members.Count == 0)
        {
            return header + "\n" + words.Text("oncall.list.empty", ("rotation", rotation.Name));
        }

        var shift = OnCall.At(rotation, swaps, now);
        var change = OnCall.NextChange(rotation, swaps, now);
        var next = OnCall.At(rotation, swaps, change);
        var lines = new List<string>
        {
            header,
            words.Text("oncall.list.now", ("user", Person(shift.Primary)), ("until", When(words, change, rotation.Zone))),
            shift.Secondary is { } secondary ? words.Text("oncall.list.secondary", ("user", Person(secondary))) : words["oncall.list.no_secondary"],
            words.Text("oncall.list.next", ("user", Person(next.Primary)), ("from", When(words, change, rotation.Zone))),
            words.Text("oncall.list.members", ("members", People(rotation.Members))),
        };
        lines.AddRange(swaps.Select(s => words.Text("oncall.list.swap", ("first", Person(s.First)), ("second", Person(s.Second)),
            ("from", When(words, s.From, rotation.Zone)), ("to", When(words, s.To, rotation.Zone)))));
        return string.Join("\n", lines);
    }

    public static string When(Words words, DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.DateTime(TimeZoneInfo.ConvertTime(at, zone));
    }

    public static string People(IEnumerable<string> users) => string.Join(", ", users.Select(Person));

    public static string Person(string? user) => user is null ? "—" : $"<@{user}>";
}
