using System.Diagnostics;
using System.Text.Json;

namespace IncidentBot.Benchmarks;

/// <summary>Runs <see cref="LoadClient"/> as a child process and hands it load plans one at a time.</summary>
public sealed class LoadClientProcess : IDisposable
{
    private readonly Process _process;

    private LoadClientProcess(Process process) => _process = process;

    public static LoadClientProcess Start(Uri botUrl)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "IncidentBot.Benchmarks.dll");
        var info = new ProcessStartInfo("dotnet", ["exec", dll, LoadClient.Flag, botUrl.ToString()])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        return new LoadClientProcess(Process.Start(info)!);
    }

    /// <summary>Sends the plan's flows together and returns each flow's latencies, in the plan's order.</summary>
    public async Task<LatencyStats[]> RunAsync(LoadPlan plan)
    {
        await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(plan));
        await _process.StandardInput.FlushAsync();
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(LoadClient.ResultPrefix, StringComparison.Ordinal))
            {
                return JsonSerializer.Deserialize<LatencyStats[]>(line[LoadClient.ResultPrefix.Length..])!;
            }
        }

        throw new InvalidOperationException($"The load client exited with code {_process.ExitCode} before answering.");
    }

    public async Task<LatencyStats> RunAsync(LoadFlow flow, TimeSpan duration) =>
        (await RunAsync(new LoadPlan(duration.TotalSeconds, [flow])))[0];

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}
