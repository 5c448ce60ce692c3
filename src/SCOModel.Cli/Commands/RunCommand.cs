using System.CommandLine;
using SCOModel.Core.Configuration;
using SCOModel.Core.PhaseDiagrams;
using SCOModel.Core.Protocols;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco run CONFIG.json`: runs a config and writes results.csv, summary.json and run.json (and, for a phase diagram,
/// phase_diagram.csv and phase_map.csv). `sco phase-diagram CONFIG.json` is the same run for configs whose protocol is
/// a phase-diagram grid, and refuses any other.
/// </summary>
internal static class RunCommand
{
    public static Command Create() =>
        Create("run", "Run a model along a protocol and write results.csv, summary.json, run.json", check: null);

    public static Command CreatePhaseDiagram() =>
        Create("phase-diagram",
            $"Run a P–T grid (protocol kind phase-diagram) and write {PhaseDiagramFiles.TableFile}, " +
            $"{PhaseDiagramFiles.MapFile}, the P–T chart and the run's files",
            (simulation, file) =>
            {
                if (simulation.Protocol is not PhaseDiagram)
                {
                    throw new ConfigException(file, "$.protocol.kind",
                        $"sco phase-diagram needs a protocol of kind 'phase-diagram', got " +
                        $"'{ConfigJson.ToNode(simulation)["protocol"]?["kind"]}'; run it with 'sco run' instead");
                }
            });

    private static Command Create(string name, string description, Action<SimulationConfig, string>? check)
    {
        var config = new Argument<FileInfo>("config") { Description = "Run configuration (JSON)" };
        var common = new CommonOptions();
        var shard = ShardSpec.CreateOption();
        var command = new Command(name, description) { config };
        common.AddTo(command);
        command.Options.Add(shard);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(config)!;
            var request = common.Read(parse, Path.Combine("out", Path.GetFileNameWithoutExtension(file.Name))) with
            {
                Shard = parse.GetValue(shard),
            };
            return CommandGuard.Run(() =>
            {
                if (!file.Exists)
                {
                    throw new ConfigException(file.ToString(), "file", "does not exist");
                }

                var simulation = ConfigReader.ReadFile(file.FullName);
                check?.Invoke(simulation, file.ToString());
                return SimulationRunner.Run(simulation, request, Environment.CommandLine);
            });
        });
        return command;
    }
}
