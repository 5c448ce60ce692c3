namespace SCOModel.Cli.Tests;

/// <summary>Console.Out and Console.Error are process-wide: tests that redirect them must not run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
