using System.Diagnostics;

namespace DexFlow.Grains.Imaging;

/// <summary>Runs a command-line tool with a time limit and returns its exit code and output.</summary>
public static class ExternalTool
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    public static async Task<Outcome> Run(string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var errors = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            return new Outcome(process.ExitCode, await output, await errors);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw cancellationToken.IsCancellationRequested
                ? new OperationCanceledException(cancellationToken)
                : new InvalidImageException($"{Path.GetFileName(tool)} did not finish within {timeout.TotalSeconds:N0} s");
        }
    }
}
