using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace IncidentBot.Tests.Support;

/// <summary>
/// The real bot as its own process (<c>dotnet IncidentBot.dll</c>), for tests that kill it (SIGKILL) and restart it.
/// Settings are given in configuration form (<c>IncidentBot:FeedChannel</c>) and passed as environment variables
/// (<c>IncidentBot__FeedChannel</c>). Everything it writes to stdout and stderr is kept in <see cref="Logs"/>.
/// The bot listens on a port the system picks when it binds (port 0), read from its "Now listening on" line: a port
/// picked beforehand by the test could be taken by another process before the bot binds it.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _logs = new();
    private readonly HttpClient _http;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process)
    {
        _process = process;
        _http = new HttpClient(new ToListeningAddress(_listening.Task)) { BaseAddress = Placeholder, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The address the bot listens on, once it does.</summary>
    public Uri BaseUrl => _listening.Task.IsCompletedSuccessfully ? _listening.Task.Result : throw new InvalidOperationException("The bot is not listening yet.");

    /// <summary>A client for the bot's HTTP endpoints; a request waits until the bot listens.</summary>
    public HttpClient Http => _http;

    private static Uri Placeholder { get; } = new("http://bot.invalid/");

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

        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.Exited += (_, _) => bot._listening.TrySetException(new InvalidOperationException("The bot exited before it listened."));
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

            if (!_listening.Task.IsCompleted)
            {
                await Task.Delay(100);
                continue;
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

        if (!_listening.Task.IsCompleted && ListeningLine().Match(line) is { Success: true } listening)
        {
            _listening.TrySetResult(new Uri(listening.Groups["address"].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();

    /// <summary>Sends each request to the address the bot listens on, waiting for it first.</summary>
    private sealed class ToListeningAddress(Task<Uri> listening) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var address = await listening.WaitAsync(cancellationToken);
            request.RequestUri = new UriBuilder(request.RequestUri!) { Host = address.Host, Port = address.Port }.Uri;
            return await base.SendAsync(request, cancellationToken);
        }
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
