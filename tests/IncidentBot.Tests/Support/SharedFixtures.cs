using NUnit.Framework;

namespace IncidentBot.Tests.Support;

/// <summary>
/// Finds the shared Slack fixtures in place (never copied into the repo): <c>../shared/slack/fixtures</c>
/// beside the repo root; for git worktrees nested deeper, the nearest ancestor holding <c>shared/slack/fixtures</c>.
/// </summary>
internal static class SharedFixtures
{
    public static string PathOf(string relativePath)
    {
        var directory = FindFixturesDirectory();
        if (directory is null)
        {
            Assert.Ignore("Shared Slack fixtures (../shared/slack/fixtures) are not present.");
        }

        var path = Path.Combine(directory!, relativePath);
        if (!File.Exists(path))
        {
            Assert.Ignore($"Fixture {relativePath} is not present.");
        }

        return path;
    }

    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string? FindFixturesDirectory()
    {
        var repoRoot = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (repoRoot is not null && !File.Exists(Path.Combine(repoRoot.FullName, "IncidentBot.sln")))
        {
            repoRoot = repoRoot.Parent;
        }

        for (var ancestor = repoRoot?.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            var candidate = Path.Combine(ancestor.FullName, "shared", "slack", "fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
