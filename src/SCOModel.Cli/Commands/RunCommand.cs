using System.CommandLine;
using SCOModel.Core.Configuration;
using SCOModel.Core.PhaseDiagrams;
using SCOModel.Core.Protocols;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco run CONFIG.json`: runs a config and writes results.csv, summary.json and run.json (and, for a phase diagram,
/// phase_diagram.csv and phase_map.csv). `sco phase-diagram CONFIG.json` is the same run for configs whose protocol is
/// a phase-diagram grid, and refuses any other. Both save completed paths to OUT/checkpoint as they go and continue an
/// interrupted run with `--resume DIR` (<see cref="CheckpointedRun"/>); a new run into an OUT that holds an unfinished
/// run is refused unless `--restart` is given.
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
        var config = new Argument<FileInfo?>("config")
        {
            Description = "Run configuration (JSON); optional with --resume, which reads the one stored in DIR",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var common = new CommonOptions();
        var shard = ShardSpec.CreateOption();
        var resume = new Option<DirectoryInfo?>("--resume")
        {
            Description = "Continue the interrupted run whose output directory (with its checkpoint) is DIR, with the " +
                "config, seed and engine stored there; the outputs equal those of an uninterrupted run",
        };
        var restart = new Option<bool>("--restart")
        {
            Description = "Start afresh into an --out that holds an unfinished run, discarding its checkpoint " +
                "(without it such a run is refused, so that a requeued job or a forgotten --resume loses nothing)",
        };
        var everyPoints = CheckpointPolicy.CreatePointsOption();
        var everyMinutes = CheckpointPolicy.CreateMinutesOption();
        var command = new Command(name, description) { config };
        common.AddTo(command);
        command.Options.Add(shard);
        command.Options.Add(resume);
        command.Options.Add(restart);
        command.Options.Add(everyPoints);
        command.Options.Add(everyMinutes);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(config);
            var resumeDirectory = parse.GetValue(resume);
            var outDirectory = parse.GetValue(common.Out);
            return CommandGuard.Run(() =>
            {
                var checkpoints = CheckpointPolicy.From(parse.GetValue(everyPoints), parse.GetValue(everyMinutes));
                if (file is null && resumeDirectory is null)
                {
                    throw new ConfigException("command line", "config",
                        $"expected a config file (sco {name} CONFIG.json), or --resume DIR to continue an interrupted run");
                }

                if (file is not null && !file.Exists)
                {
                    throw new ConfigException(file.ToString(), "file", "does not exist");
                }

                var simulation = file is null ? null : ConfigReader.ReadFile(file.FullName);
                if (simulation is not null)
                {
                    check?.Invoke(simulation, file!.ToString());
                }

                string defaultOut = Path.Combine("out", Path.GetFileNameWithoutExtension(file?.Name ?? "run"));
                var request = common.Read(parse, defaultOut) with { Shard = parse.GetValue(shard) };
                if (resumeDirectory is null)
                {
                    return SimulationRunner.Run(simulation!, request, Environment.CommandLine, checkpoints, parse.GetValue(restart));
                }

                if (parse.GetValue(restart))
                {
                    throw new ConfigException("command line", "--restart",
                        "--restart starts a new run, --resume DIR continues one: give one of them, not both");
                }

                string resumed = Normalised(resumeDirectory.FullName);
                if (outDirectory is not null && !string.Equals(Normalised(outDirectory.FullName), resumed, PathComparison))
                {
                    throw new ConfigException("command line", "--out",
                        "a resumed run writes into the directory it resumes (--resume DIR); leave --out out or give the same DIR");
                }

                return SimulationRunner.Resume(resumed, simulation, file?.ToString() ?? string.Empty,
                    request with { OutputDirectory = resumed }, Environment.CommandLine, checkpoints, check);
            });
        });
        return command;
    }

    /// <summary>How file systems compare paths here: by case on Linux, ignoring it on Windows and macOS (their defaults).</summary>
    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>A directory's full path without a trailing separator, so that `out/pt` and `out/pt/` are one directory.</summary>
    private static string Normalised(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
}
