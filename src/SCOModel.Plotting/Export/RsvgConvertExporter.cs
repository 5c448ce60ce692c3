using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SCOModel.Plotting.Export;

/// <summary>
/// PNG export through rsvg-convert (librsvg; Debian package librsvg2-bin): the SVG goes in on stdin, the PNG is
/// written to a temporary file beside the target, checked, then renamed over it, so a failed or interrupted
/// conversion never leaves a broken PNG that looks whole.
/// </summary>
public sealed class RsvgConvertExporter : IRasterExporter
{
    /// <summary>The program's name, looked up on PATH.</summary>
    public const string ProgramName = "rsvg-convert";

    /// <summary>What to tell a user without the converter.</summary>
    public const string InstallHint =
        "PNG charts need rsvg-convert, which is not on PATH; install it with `sudo apt-get install librsvg2-bin` " +
        "(SVG charts are written regardless).";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The exporter using rsvg-convert from PATH (unavailable when it is not there).</summary>
    public RsvgConvertExporter()
        : this(ExecutableSearch.OnPath(ProgramName))
    {
    }

    /// <summary>The exporter using the given executable; null means unavailable.</summary>
    public RsvgConvertExporter(string? executablePath)
    {
        ExecutablePath = executablePath;
    }

    /// <summary>The rsvg-convert in use, or null.</summary>
    public string? ExecutablePath { get; }

    /// <summary>How long one conversion may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <inheritdoc/>
    public bool IsAvailable => ExecutablePath is not null;

    /// <inheritdoc/>
    public string? UnavailableHint => IsAvailable ? null : InstallHint;

    /// <inheritdoc/>
    public void Export(string svg, string pngPath, int widthPx, int heightPx)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentException.ThrowIfNullOrEmpty(pngPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(widthPx, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(heightPx, 1);
        if (ExecutablePath is null)
        {
            throw new RasterExportException(InstallHint);
        }

        string target = Path.GetFullPath(pngPath);
        string directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Convert(svg, temporary, widthPx, heightPx);
            RequirePng(temporary);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private void Convert(string svg, string output, int widthPx, int heightPx)
    {
        var start = new ProcessStartInfo(ExecutablePath!)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,

            // The SVG declares no encoding, so it is read as UTF-8: write exactly that, without a byte-order mark.
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };

        // Both sizes given (without --keep-aspect-ratio): the PNG has exactly the pixels asked for.
        foreach (string argument in new[]
        {
            "--format", "png",
            "--width", widthPx.ToString(CultureInfo.InvariantCulture),
            "--height", heightPx.ToString(CultureInfo.InvariantCulture),
            "--output", output,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new RasterExportException($"could not start {ExecutablePath}: {e.Message}", e);
        }

        // Read stderr while writing stdin, so a chatty converter cannot block on a full pipe.
        var errors = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(svg);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The converter quit early; its exit code and stderr below say why.
        }

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new RasterExportException(
                $"{ProgramName} did not finish within {Timeout.TotalSeconds:0} s converting a chart to {Path.GetFileName(output)}");
        }

        process.WaitForExit();
        _ = standardOutput.GetAwaiter().GetResult();
        string message = errors.GetAwaiter().GetResult().Trim();
        if (process.ExitCode != 0)
        {
            throw new RasterExportException(
                $"{ProgramName} failed (exit code {process.ExitCode}){(message.Length > 0 ? ": " + message : string.Empty)}");
        }
    }

    private static void RequirePng(string file)
    {
        var header = new byte[PngSignature.Length];
        int read;
        using (var stream = File.OpenRead(file))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read < header.Length || !header.AsSpan().SequenceEqual(PngSignature))
        {
            throw new RasterExportException($"{ProgramName} exited normally but wrote no PNG");
        }
    }
}
