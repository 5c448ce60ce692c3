namespace SCOModel.Cli;

/// <summary>The exit codes of the public contract (DESIGN.md "Command line").</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
