using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>People leaving channels, and the <c>member_left_channel</c> event Slack sends the app for it.</summary>
public sealed partial class FakeSlackServer
{
    /// <summary>
    /// Takes <paramref name="userId"/> out of the channel, as leaving it or being removed (<c>conversations.kick</c>) does,
    /// and returns the inner <c>member_left_channel</c> event Slack then sends: <c>channel_type</c> is <c>C</c> for a
    /// public channel and <c>G</c> for a private one. Throws when the person is not in the channel (Slack sends nothing then).
    /// </summary>
    public JsonObject RemoveMember(string channelId, string userId)
    {
        lock (State.Gate)
        {
            var channel = State.ChannelsById.GetValueOrDefault(channelId)
                ?? throw new InvalidOperationException($"No channel {channelId}.");
            if (!channel.HasMember(userId))
            {
                throw new InvalidOperationException($"{userId} is not in {channelId}.");
            }

            State.PutChannel(channel with { Members = channel.Members.Remove(userId) });
            return new JsonObject
            {
                ["type"] = "member_left_channel",
                ["user"] = userId,
                ["channel"] = channelId,
                ["channel_type"] = channel.IsPrivate ? "G" : "C",
                ["team"] = "T0001",
            };
        }
    }
}
