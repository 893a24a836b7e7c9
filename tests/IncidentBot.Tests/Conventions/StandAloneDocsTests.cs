using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Conventions;

/// <summary>
/// What users of the project read stands on its own: the README, the docs and the source never send them to a design
/// document or a folder they do not have, and the README describes the default ladder as the code defines it.
/// </summary>
public sealed partial class StandAloneDocsTests
{
    private static readonly string[] Extensions = [".cs", ".md", ".sql", ".yml", ".yaml", ".json", ".csproj", ".props"];

    [Test]
    public void ReadmeDocsAndSource_CiteNoDesignSectionsOrOutsideFolders()
    {
        var citing = UserFacingFiles()
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, number: i + 1)))
            .Where(l => OutsideReference().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(RepoRoot.Path, l.path)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.That(UserFacingFiles().Count(), Is.GreaterThan(100), "the scan should see the README and the source");
        Assert.That(citing, Is.Empty, "say what the design document says instead of citing it; users do not have it");
    }

    [Test]
    public void Readme_DescribesEveryDefaultRungAsTheCodeDefinesIt()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md"));

        foreach (var (key, rung) in DefaultLadder.Severities())
        {
            var aliases = string.Join(", ", rung.Aliases.Select(a => $"`{a}`"));
            var cadence = rung.UpdateCadence is { } c ? (c.TotalMinutes > 60 && c.TotalMinutes % 60 == 0 ? $"{(int)c.TotalHours} h" : $"{(int)c.TotalMinutes} min") : "none";
            Assert.That(readme, Does.Contain($"| `{key}` | {rung.Label} | {aliases} | {cadence} | {string.Join(", ", rung.RequiredRoles)} |"), key);
        }
    }

    [Test]
    public void Readme_TablesAreNotSplitByBlankLinesAndNoCommandIsListedTwice()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Path, "README.md"));
        bool NewTableAt(int i) => i + 1 < lines.Length && lines[i + 1].StartsWith("| ---", StringComparison.Ordinal);
        var split = Enumerable.Range(1, lines.Length - 2)
            .Where(i => lines[i].Length == 0 && lines[i - 1].StartsWith('|') && lines[i + 1].StartsWith('|') && !NewTableAt(i + 1))
            .Select(i => $"README.md:{i + 1}")
            .ToList();
        var commands = lines.Where(l => l.StartsWith("| `/incident", StringComparison.Ordinal))
            .Select(l => l.Split(" | ")[0])
            .GroupBy(c => c, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();

        Assert.That(split, Is.Empty, "a blank line ends a Markdown table: the rows after it render as a paragraph");
        Assert.That(commands, Is.Empty, "each command has one row in the commands table");
    }

    [Test]
    public void Readme_SaysWhatThePracticeIsBeforeCitingIt()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md"));
        var defined = readme.IndexOf("calls *the practice*", StringComparison.Ordinal);

        Assert.That(defined, Is.GreaterThan(0), "the README defines the term it uses for the defaults' source");
        Assert.That(readme.IndexOf("the practice", StringComparison.OrdinalIgnoreCase), Is.GreaterThanOrEqualTo(readme.LastIndexOf('\n', defined)),
            "the term is defined where it is first used");
    }

    private static IEnumerable<string> UserFacingFiles()
    {
        var root = RepoRoot.Path;
        var top = new[] { "README.md", "BENCHMARKS.md", "slack-manifest.yml", "Dockerfile" }.Select(f => Path.Combine(root, f)).Where(File.Exists);
        var trees = new[] { "src", "docs" }.Select(d => Path.Combine(root, d)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
        return top.Concat(trees);
    }

    /// <summary>"DESIGN §4", "DESIGN.md", "../shared/…", "issue #6".</summary>
    [GeneratedRegex(@"DESIGN\s*(§|\.md)|\.\./shared|shared/(slack|DESIGN|STYLE)|issue #\d", RegexOptions.CultureInvariant)]
    private static partial Regex OutsideReference();
}
