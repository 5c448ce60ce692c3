namespace SCOModel.Plotting.Export;

/// <summary>Finds a program on PATH the way a shell does: the first directory holding an executable file of that name.</summary>
internal static class ExecutableSearch
{
    /// <summary>The full path of the program, or null when no directory of PATH has it.</summary>
    public static string? OnPath(string program, string? path = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(program);
        path ??= Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        string[] names = OperatingSystem.IsWindows() ? [program + ".exe", program] : [program];
        foreach (string directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in names)
            {
                string candidate = Path.Combine(directory, name);
                if (File.Exists(candidate) && IsExecutable(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool IsExecutable(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(file) & anyExecute) != 0;
    }
}
