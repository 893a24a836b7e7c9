using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// Which words a message is written in. What several people read (channels, the feed, timeline entries, the post-mortem)
/// is in the workspace's language (<c>IncidentBot__Language</c>); what only one person sees (ephemeral answers, errors,
/// forms, DMs, the Home tab) is in that person's Slack locale when the bot speaks it, else the workspace's.
/// </summary>
public sealed class Wording(PersonLanguages languages, ITextCatalogue catalogue)
{
    private readonly Dictionary<Language, Words> _words = Language.All.ToDictionary(l => l, l => new Words(catalogue, l));

    /// <summary>The workspace's words: for everything several people read.</summary>
    public Words Workspace => _words[languages.Workspace];

    /// <summary>One person's words; a slow or failed locale lookup answers with the workspace's (never blocks long).</summary>
    public async Task<Words> ForAsync(string userId, CancellationToken ct) => _words[await languages.ForAsync(userId, ct)];

    public Words In(Language language) => _words[language];
}
