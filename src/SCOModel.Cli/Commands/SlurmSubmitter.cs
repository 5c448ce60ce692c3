using System.Diagnostics;

namespace SCOModel.Cli.Commands;

/// <summary>`sco slurm --submit`: runs the written submit.sh with bash and prints the job ids it reports.</summary>
internal static class SlurmSubmitter
{
    public static int Submit(string directory)
    {
        string submit = Path.Combine(directory, SlurmScripts.SubmitFile);
        if (FindOnPath("sbatch") is null)
        {
            Console.Error.WriteLine(
                $"sco: error: sbatch is not on PATH, so nothing was submitted; the scripts are written to {directory}. " +
                $"Submit them from a Slurm login node with 'bash {SlurmInvocation.Quote(submit)}'.");
            return ExitCodes.Failure;
        }

        string? bash = FindOnPath("bash");
        if (bash is null)
        {
            Console.Error.WriteLine(
                $"sco: error: bash is not on PATH, so nothing was submitted; the scripts are written to {directory}. " +
                $"Submit them with 'bash {SlurmInvocation.Quote(submit)}' where bash is installed.");
            return ExitCodes.Failure;
        }

        var start = new ProcessStartInfo(bash)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(submit);
        using var process = Process.Start(start)
            ?? throw new IOException($"could not start bash to run {submit}");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Console.Write(output);
        if (process.ExitCode != 0)
        {
            Console.Error.Write(error.Result);
            Console.Error.WriteLine($"sco: error: {SlurmScripts.SubmitFile} failed (exit {process.ExitCode}); " +
                $"the scripts are in {directory}");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        string path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (string directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (OperatingSystem.IsWindows() && File.Exists(candidate + ".exe"))
            {
                return candidate + ".exe";
            }
        }

        return null;
    }
}
