using IncidentBot.Core.Configuration;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks the settings that bound what one member or time can cost: the pacing of declares and recompiles, the
/// business days action items have, and the retention age. Each problem names the environment variable and what it takes.
/// </summary>
public static class BoundsSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, string prefix)
    {
        if (options.DeclaresPerMember < 0)
        {
            yield return $"{prefix}__{nameof(options.DeclaresPerMember)} \"{options.DeclaresPerMember}\" is negative: use a count such as 5, or 0 to turn pacing off.";
        }

        if (options.DeclaresPerMemberWindow <= TimeSpan.Zero)
        {
            yield return $"{prefix}__{nameof(options.DeclaresPerMemberWindow)} \"{options.DeclaresPerMemberWindow}\" is not a positive TimeSpan such as 00:10:00.";
        }

        if (options.RecompilesPerMember < 0)
        {
            yield return $"{prefix}__{nameof(options.RecompilesPerMember)} \"{options.RecompilesPerMember}\" is negative: use a count such as 5, or 0 to turn pacing off.";
        }

        if (options.RecompilesPerMemberWindow <= TimeSpan.Zero)
        {
            yield return $"{prefix}__{nameof(options.RecompilesPerMemberWindow)} \"{options.RecompilesPerMemberWindow}\" is not a positive TimeSpan such as 00:10:00.";
        }

        if (options.ArchiveAfter is { } archiveAfter && archiveAfter <= TimeSpan.Zero)
        {
            yield return $"{prefix}__{nameof(options.ArchiveAfter)} \"{archiveAfter}\" is not a positive TimeSpan such as 7.00:00:00 (d.hh:mm:ss); leave it unset never to archive.";
        }

        if (options.ActionItemsDueWithin < 0)
        {
            yield return $"{prefix}__{nameof(options.ActionItemsDueWithin)} \"{options.ActionItemsDueWithin}\" is negative: use a number of business days such as 5.";
        }

        if (options.RetentionAge <= TimeSpan.Zero)
        {
            yield return $"{prefix}__{nameof(options.RetentionAge)} \"{options.RetentionAge}\" is not a positive TimeSpan such as 30.00:00:00 (d.hh:mm:ss).";
        }
    }
}
