using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Looks channels up by name in <c>conversations.list</c> for every provisioning item that needs one at the same time:
/// one walk of the pages per privacy type (archived channels left out) serves them all. An item joining a walk already
/// under way is shown the pages it missed when the walk starts over; each item has its answer at its first match, or
/// once it has been shown every page, and the walk stops as soon as nobody is looking. A workspace of 20,000 channels is
/// 20 pages, and Slack allows about 20 <c>conversations.list</c> calls a minute, so sharing the walk is what keeps a
/// burst of lookups from queueing behind the limit.
/// </summary>
public sealed class ChannelScan(ISlackApi slack, TimeProvider time, ILogger<ChannelScan> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<bool, List<Seeker>> _walks = [];

    public async Task<SlackChannel?> FindAsync(string name, bool isPrivate, CancellationToken ct)
    {
        var seeker = new Seeker(name);
        List<Seeker>? started = null;
        lock (_gate)
        {
            if (!_walks.TryGetValue(isPrivate, out var seekers))
            {
                started = seekers = [];
                _walks[isPrivate] = seekers;
            }

            seekers.Add(seeker);
        }

        if (started is not null)
        {
            _ = Task.Run(() => WalkAsync(isPrivate, started, ct), CancellationToken.None);
        }

        return await seeker.Answer.Task.WaitAsync(ct);
    }

    private async Task WalkAsync(bool isPrivate, List<Seeker> seekers, CancellationToken ct)
    {
        string? cursor = null;
        int? pages = null;
        var page = 0;
        while (true)
        {
            Seeker[] shown;
            lock (_gate)
            {
                // Whoever joins while this page is on its way is shown it on the next round, not now: the page may
                // predate what they look for.
                shown = [.. seekers];
            }

            ChannelPage result;
            try
            {
                result = await slack.ListConversationsAsync(isPrivate, cursor, ct);
            }
            catch (SlackApiException ex) when (ex.RetryAfter is { } wait && !ct.IsCancellationRequested)
            {
                // Slack is limiting conversations.list: the walk keeps its place and goes on when the limit allows.
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
                continue;
            }
#pragma warning disable CA1031 // Whatever stopped the walk is every waiting item's failure; each is retried by the queue.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning("A channel lookup stopped: {Failure}", ex.Message);
                End(isPrivate, seekers, s => s.Answer.TrySetException(ex));
                return;
            }

            if (result.NextCursor is null)
            {
                pages = page + 1;
            }

            if (Show(isPrivate, seekers, shown, result.Channels, pages))
            {
                return;
            }

            (cursor, page) = result.NextCursor is { } next ? (next, page + 1) : (null, 0);
        }
    }

    /// <summary>Answers the seekers a page settles; returns true when nobody is left looking (the walk is then over).</summary>
    private bool Show(bool isPrivate, List<Seeker> seekers, Seeker[] shown, IReadOnlyList<SlackChannel> channels, int? pages)
    {
        lock (_gate)
        {
            foreach (var seeker in shown)
            {
                seeker.Seen++;
                if (channels.FirstOrDefault(c => c.Name == seeker.Name) is { } match)
                {
                    seeker.Answer.TrySetResult(match);
                    seekers.Remove(seeker);
                }
                else if (seeker.Seen >= pages)
                {
                    seeker.Answer.TrySetResult(null);
                    seekers.Remove(seeker);
                }
            }

            if (seekers.Count > 0)
            {
                return false;
            }

            _walks.Remove(isPrivate);
            return true;
        }
    }

    private void End(bool isPrivate, List<Seeker> seekers, Action<Seeker> answer)
    {
        lock (_gate)
        {
            _walks.Remove(isPrivate);
            seekers.ForEach(answer);
        }
    }

    private sealed class Seeker(string name)
    {
        public string Name { get; } = name;

        public int Seen { get; set; }

        public TaskCompletionSource<SlackChannel?> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
