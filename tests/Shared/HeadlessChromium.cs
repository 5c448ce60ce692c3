using System.Diagnostics;
namespace SCOModel.Tests.Shared;

/// <summary>
/// Loads a local page in Debian's chromium, headless and without network, and returns the DOM after load and the
/// browser's log. Each run gets a fresh profile directory, so no state leaks between runs. Shared by the test
/// projects that check HTML reports (compiled into each, see their .csproj).
/// </summary>
public static class HeadlessChromium
{
    public const string MissingMessage =
        "Debian's chromium is not on PATH, so the report cannot be checked in a browser. Install it with " +
        "`sudo apt-get install chromium` (.ci/run installs it in CI).";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The chromium executable, or null.</summary>
    public static string? Executable =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "chromium"))
            .FirstOrDefault(File.Exists);

    /// <summary>The page's DOM as chromium serialises it after load, and everything it wrote to stderr.</summary>
    public static (string Dom, string Log) DumpDom(string htmlPath)
    {
        string executable = Executable ?? throw new InvalidOperationException(MissingMessage);
        string profile = Path.Combine(Path.GetTempPath(), "sco-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--dump-dom", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            var log = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish loading {htmlPath} within {Timeout.TotalSeconds} s");
            }

            process.WaitForExit();
            return (dom.GetAwaiter().GetResult(), log.GetAwaiter().GetResult());
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>
    /// The log lines that report something from the page: chromium logs every console message as "CONSOLE" (even
    /// console.error, at INFO level) and uncaught exceptions as "Uncaught". A report has no scripts, so any such
    /// line is a fault; chromium's own complaints (no D-Bus, no GPU) are not page messages and are ignored.
    /// </summary>
    public static IReadOnlyList<string> PageMessages(string log) =>
        log.Split('\n').Where(line => line.Contains("CONSOLE", StringComparison.Ordinal) ||
            line.Contains("Uncaught", StringComparison.Ordinal)).ToList();
}
