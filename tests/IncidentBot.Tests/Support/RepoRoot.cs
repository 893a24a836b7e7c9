namespace IncidentBot.Tests.Support;

/// <summary>The repository root: the nearest ancestor of the test output folder that holds <c>IncidentBot.sln</c>.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "IncidentBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No IncidentBot.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}
