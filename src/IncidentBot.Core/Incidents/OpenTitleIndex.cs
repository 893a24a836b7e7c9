using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// The words of every open incident's title, held in memory with an index from word to incidents, for the "possibly
/// related" check on every declare. Before each lookup it reads only the incidents changed since it last looked (the
/// database stamps every declare, resolve, reopen and rename), so it is never stale and never rereads them all; and it
/// scores only incidents that share one of the title's rarest words, which any incident similar enough must. Words are
/// numbered and each title kept as its sorted word numbers, so scoring one candidate is a merge of two short arrays.
/// </summary>
public sealed class OpenTitleIndex(IncidentStore incidents)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _words = [];
    private readonly Dictionary<int, Dictionary<int, int[]>> _byWord = [];
    private readonly Dictionary<int, int[]> _open = [];
    private int _nextWordId;
    private long _seen;

    /// <summary>The number of the open incident whose title is closest to <paramref name="title"/>, if any is close.</summary>
    public async Task<int?> MostSimilarAsync(string title, CancellationToken ct = default)
    {
        long seen;
        lock (_gate)
        {
            seen = _seen;
        }

        var changes = await incidents.ListTitleChangesAsync(seen, ct);
        var words = TitleSimilarity.Words(title);
        lock (_gate)
        {
            Apply(changes);
            return MostSimilar(words);
        }
    }

    /// <summary>
    /// Applies changes read after <see cref="_seen"/>. Two lookups may read overlapping changes and apply them in either
    /// order: each change carries the incident's whole state at that point, so one already passed over is skipped.
    /// </summary>
    private void Apply(IReadOnlyList<TitleChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.Seq <= _seen)
            {
                continue;
            }

            _seen = change.Seq;
            Remove(change.Title.Number);
            if (change.IsOpen)
            {
                Add(change.Title.Number, TitleSimilarity.StoredWords(change.Title.Words));
            }
        }
    }

    private void Add(int number, IReadOnlySet<string> words)
    {
        var ids = new int[words.Count];
        var i = 0;
        foreach (var word in words)
        {
            if (!_wordIds.TryGetValue(word, out var id))
            {
                _wordIds[word] = id = _nextWordId++;
                _words[id] = word;
                _byWord[id] = [];
            }

            ids[i++] = id;
        }

        Array.Sort(ids);
        _open[number] = ids;
        foreach (var id in ids)
        {
            _byWord[id][number] = ids;
        }
    }

    private void Remove(int number)
    {
        if (!_open.Remove(number, out var ids))
        {
            return;
        }

        foreach (var id in ids)
        {
            var numbers = _byWord[id];
            numbers.Remove(number);
            if (numbers.Count == 0)
            {
                _byWord.Remove(id);
                _words.Remove(id, out var word);
                _wordIds.Remove(word!);
            }
        }
    }

    /// <summary>
    /// A title scoring at least s against this one shares at least s × its word count of its words, so it holds at
    /// least one of any (count − that + 1) of them. The rarest words are looked up first, and each incident found
    /// raises s to the best score so far (a later one must match it), which shortens the words still to look up; an
    /// incident listed under an earlier word is not scored again.
    /// </summary>
    private int? MostSimilar(IReadOnlySet<string> words)
    {
        var count = words.Count;
        var minimum = TitleSimilarity.MinimumCommonWords(count);
        var known = words.Where(_wordIds.ContainsKey).Select(w => _wordIds[w]).ToArray();
        if (count == 0 || known.Length < minimum)
        {
            return null;
        }

        Array.Sort(known);
        var probes = known.OrderBy(id => _byWord[id].Count).ThenBy(id => id).ToArray();
        var needed = count - minimum + 1;
        int? best = null;
        var bestScore = 0.0;
        for (var p = 0; p < Math.Min(needed, probes.Length); p++)
        {
            foreach (var (number, candidate) in _byWord[probes[p]])
            {
                if (ContainsAny(candidate, probes.AsSpan(0, p)))
                {
                    continue;
                }

                var common = CountCommon(known, candidate);
                var score = TitleSimilarity.Jaccard(common, count, candidate.Length);
                if (TitleSimilarity.IsCloser(score, number, bestScore, best))
                {
                    (best, bestScore) = (number, score);
                    var atLeast = TitleSimilarity.MinimumCommonWords(count, common, count + candidate.Length - common);
                    needed = Math.Min(needed, count - atLeast + 1);
                }
            }
        }

        return best;
    }

    private static bool ContainsAny(int[] sorted, ReadOnlySpan<int> ids)
    {
        foreach (var id in ids)
        {
            if (Array.BinarySearch(sorted, id) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int CountCommon(int[] a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }
}
