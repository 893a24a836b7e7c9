using Microsoft.Playwright;

namespace IncidentBot.Tests.StatusPage;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>, or <c>INCIDENTBOT_CHROMIUM</c>) driven by Playwright. Without
/// it the browser tests cannot run: they fail when <c>INCIDENTBOT_REQUIRE_BROWSER</c> is set (CI sets it), and are
/// ignored with the reason otherwise, so a developer without the package sees why instead of a silent pass.
/// </summary>
internal static class Browser
{
    public const string RequireVariable = "INCIDENTBOT_REQUIRE_BROWSER";

    public static string ExecutablePath => Environment.GetEnvironmentVariable("INCIDENTBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Flags for a closed network: no background connections, no sandbox (root in a container), a fresh profile.</summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"The browser tests need Chromium at {ExecutablePath} (Debian: apt-get install -y chromium).";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RequireVariable)))
            {
                Assert.Fail(reason + $" {RequireVariable} is set, so its absence is a failure.");
            }

            Assert.Ignore(reason + $" Set {RequireVariable}=1 to make this a failure.");
        }

        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath, Headless = true, Args = Flags,
        });
        return (playwright, browser);
    }
}
