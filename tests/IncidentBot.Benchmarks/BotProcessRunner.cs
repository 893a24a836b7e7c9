using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IncidentBot.Benchmarks;

/// <summary>Runs the real bot as its own process (<c>dotnet IncidentBot.dll</c>) on a free loopback port.</summary>
public sealed class BotProcessRunner : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private BotProcessRunner(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseUrl { get; }

    public int Pid => _process.Id;

    public static BotProcessRunner Start(IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "IncidentBot.dll");
        var info = new ProcessStartInfo("dotnet", ["exec", dll])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        return new BotProcessRunner(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Resident memory (VmRSS) of the bot process, in MB.</summary>
    public double WorkingSetMb() => StatusMb("VmRSS:");

    /// <summary>Peak resident memory (VmHWM) of the bot process so far, in MB.</summary>
    public double PeakWorkingSetMb() => StatusMb("VmHWM:");

    private double StatusMb(string field)
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    public string Log()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
