using System.Diagnostics;
using IncidentBot.Hosting;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Hosting;

/// <summary><c>dotnet IncidentBot.dll migrate-to-postgres …</c> as a person runs it, with what it printed and its exit code.</summary>
internal sealed record MigrationProcess(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the command with <paramref name="args"/>; <c>INCIDENTBOT_DATABASE</c> is unset unless given.</summary>
    public static async Task<MigrationProcess> RunAsync(string[] args, string? database = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(BotProcess.LocateHost());
        info.ArgumentList.Add(MigrateToPostgres.CommandName);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove(CoreRegistration.DatabaseVariable);
        if (database is not null)
        {
            info.Environment[CoreRegistration.DatabaseVariable] = database;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return new MigrationProcess(process.ExitCode, await output, await error);
    }
}
