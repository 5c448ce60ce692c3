using System.CommandLine;
using SCOModel.Cli.Commands;

namespace SCOModel.Cli;

/// <summary>The `sco` command: SCOModel's command line.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand(
            "SCOModel: spin-crossover and phase-diagram modelling (Ising-like lattice models, Monte Carlo).")
        {
            RunCommand.Create(),
            RunCommand.CreatePhaseDiagram(),
            MergeCommand.Create(),
            SlurmCommand.Create(),
            DemoCommand.Create(),
            PlotCommand.Create(),
            FitCommand.Create(),
            StrainCommand.Create(),
            DescriptorsCommand.Create(),
            MlCommand.Create(),
            ScreenCommand.Create(),
            DatasetCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"sco: {error.Message}");
            }

            Console.Error.WriteLine("Run 'sco --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke();
    }
}
