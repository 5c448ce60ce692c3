namespace SCOModel.Cli;

/// <summary>The exit codes of the public contract (DESIGN.md "Command line").</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    /// <summary>
    /// Stopped by Ctrl+C or SIGTERM after saving the completed paths to OUT/checkpoint (and OUT/PARTIAL); continue
    /// with `sco run --resume OUT`. Distinct from <see cref="Failure"/>: nothing went wrong, the run is unfinished.
    /// </summary>
    public const int Interrupted = 3;
}
