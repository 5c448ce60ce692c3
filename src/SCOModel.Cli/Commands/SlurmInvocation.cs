namespace SCOModel.Cli.Commands;

/// <summary>
/// How the generated scripts call `sco`: by default the program that is running now (its published executable, or
/// `dotnet sco.dll` when it runs under the dotnet host), so the jobs run the same build; `--sco` overrides it.
/// </summary>
internal static class SlurmInvocation
{
    /// <summary>The shell command that starts the running `sco`.</summary>
    public static string OfThisProcess()
    {
        string? process = Environment.ProcessPath;
        string assembly = typeof(Program).Assembly.Location;
        string processName = process is null ? string.Empty : Path.GetFileNameWithoutExtension(process);

        // A published executable (apphost or single file): the process is sco itself.
        if (process is not null && (assembly.Length == 0
            || string.Equals(processName, Path.GetFileNameWithoutExtension(assembly), StringComparison.OrdinalIgnoreCase)))
        {
            return Quote(process);
        }

        // Under the dotnet host (`dotnet sco.dll`), or hosted by another program (a test host): run the assembly with
        // the dotnet host that runs now, or the one the SDK names, or the one on PATH.
        string host = string.Equals(processName, "dotnet", StringComparison.OrdinalIgnoreCase) && process is not null
            ? process
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } named ? named : "dotnet";
        return $"{Quote(host)} {Quote(assembly)}";
    }

    /// <summary>Quotes a word for bash: as it is when it needs no quoting, else in single quotes.</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        bool plain = word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+=:,@%".Contains(c));
        return plain ? word : "'" + word.Replace("'", "'\\''") + "'";
    }
}
