using SCOModel.Core.Configuration;

namespace SCOModel.Cli.Commands;

/// <summary>
/// Turns what goes wrong into the contract's exit codes: bad input is 2 with a message naming the file, the field
/// and what was expected; anything else is 1 with a one-line message (the stack trace only with SCO_DEBUG=1).
/// </summary>
internal static class CommandGuard
{
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (ConfigException e)
        {
            Console.Error.WriteLine($"sco: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("sco: interrupted; no results were written");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sco: error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("SCO_DEBUG") != "1")
        {
            Console.Error.WriteLine($"sco: internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("Please report it with the config; set SCO_DEBUG=1 for the stack trace.");
            return ExitCodes.Failure;
        }
    }
}
