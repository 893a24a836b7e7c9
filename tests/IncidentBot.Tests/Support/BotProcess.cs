using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IncidentBot.Tests.Support;

/// <summary>
/// The real bot as its own process (<c>dotnet IncidentBot.dll</c>), for tests that kill it (SIGKILL) and restart it.
/// Settings are given in configuration form (<c>IncidentBot:FeedChannel</c>) and passed as environment variables
/// (<c>IncidentBot__FeedChannel</c>). Everything it writes to stdout and stderr is kept in <see cref="Logs"/>.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _logs = new();
    private readonly HttpClient _http;

    private BotProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUrl { get; }

    /// <summary>A client for the bot's HTTP endpoints.</summary>
    public HttpClient Http => _http;

    public bool HasExited => _process.HasExited;

    public string Logs
    {
        get
        {
            lock (_logs)
            {
                return _logs.ToString();
            }
        }
    }

    /// <summary>Starts the bot with <paramref name="settings"/> (configuration keys or environment variable names).</summary>
    public static BotProcess Start(IDictionary<string, string?> settings)
    {
        var port = FreePort();
        var dll = LocateHost();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var (key, value) in settings.Where(s => !string.Equals(s.Key, "urls", StringComparison.OrdinalIgnoreCase)))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var process = new Process { StartInfo = info };
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits until <c>/readyz</c> answers 200; fails with the process's logs otherwise.</summary>
    public async Task WaitReadyAsync(TimeSpan? timeout = null)
    {
        var deadline = Environment.TickCount64 + (long)(timeout ?? TimeSpan.FromSeconds(30)).TotalMilliseconds;
        while (Environment.TickCount64 < deadline)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"The bot exited with code {_process.ExitCode} before it was ready.\n{Logs}");
            }

            try
            {
                using var response = await _http.GetAsync("readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The bot was not ready within the timeout.\n{Logs}");
    }

    /// <summary>Waits for the process to end by itself; returns its exit code, or fails with its logs.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The bot was still running after {timeout}.\n{Logs}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Asks the process to stop as a deploy does (SIGTERM): shutdown hooks run; returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        return await WaitForExitAsync(timeout);
    }

    /// <summary>Kills the process at once (SIGKILL on Unix): no shutdown hooks, no flushing.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _http.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logs)
        {
            _logs.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host's build output: beside the tests (the test project references the host), else under src.</summary>
    internal static string LocateHost()
    {
        var beside = Path.Combine(TestContext.CurrentContext.TestDirectory, "IncidentBot.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;
        var underSrc = Path.Combine(RepoRoot.Path, "src", "IncidentBot", "bin", configuration, "net10.0", "IncidentBot.dll");
        return File.Exists(underSrc) ? underSrc : throw new FileNotFoundException("Build the host first: IncidentBot.dll not found.", underSrc);
    }
}
