using System.CommandLine;
using SCOModel.Core.Configuration;

namespace SCOModel.Cli.Commands;

/// <summary>`sco run CONFIG.json`: runs a config and writes results.csv, summary.json and run.json.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = new Argument<FileInfo>("config") { Description = "Run configuration (JSON)" };
        var common = new CommonOptions();
        var command = new Command("run", "Run a model along a protocol and write results.csv, summary.json, run.json")
        {
            config,
        };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(config)!;
            var request = common.Read(parse, Path.Combine("out", Path.GetFileNameWithoutExtension(file.Name)));
            return CommandGuard.Run(() =>
            {
                if (!file.Exists)
                {
                    throw new ConfigException(file.ToString(), "file", "does not exist");
                }

                var simulation = ConfigReader.ReadFile(file.FullName);
                return SimulationRunner.Run(simulation, request, Environment.CommandLine);
            });
        });
        return command;
    }
}
