using System.Text.Json;
using IncidentBot.Core.Texts;

namespace IncidentBot.Work;

/// <summary>
/// A short answer for one person in a channel (a refused or lost button click), sent from the work queue. Written in
/// every language the bot speaks (<see cref="Texts"/>, by language code), it is shown in the one its person reads,
/// which is looked up when it is sent, not while Slack waits for the click's acknowledgement; <see cref="Text"/> is
/// what a notice written in one language says, and the fallback.
/// </summary>
public sealed record EphemeralNotice(string ChannelId, string UserId, string Text)
{
    public const string Kind = "ephemeral_notice";

    public IReadOnlyDictionary<string, string>? Texts { get; init; }

    /// <summary>
    /// A notice said in every language the bot speaks, each in <paramref name="words"/> of that language (such as
    /// <c>wording.In</c>); its <see cref="Text"/> is the English.
    /// </summary>
    public static EphemeralNotice Said(string channelId, string userId, Func<Language, Words> words, Func<Words, string> say)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(say);
        return new(channelId, userId, say(words(Language.English)))
        {
            Texts = Language.All.ToDictionary(l => l.Code, l => say(words(l)), StringComparer.Ordinal),
        };
    }

    /// <summary>What the notice says in <paramref name="language"/>.</summary>
    public string In(Language language) => Texts?.GetValueOrDefault(language.Code) ?? Text;

    public string Serialize() => JsonSerializer.Serialize(this);

    public static EphemeralNotice Parse(string json) =>
        JsonSerializer.Deserialize<EphemeralNotice>(json) ?? throw new JsonException("empty ephemeral_notice payload");
}
