using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentBot.Slack.Commands;

/// <summary>An incident named in a command's arguments: <c>INC-7</c>, <c>inc7</c> or <c>7</c>, and nothing else.</summary>
public static partial class IncidentReference
{
    public static bool TryParse(string arguments, out int number)
    {
        number = 0;
        var match = Pattern().Match(arguments.Trim());
        return match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    [GeneratedRegex(@"^(?:INC-?)?(?<n>\d{1,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
