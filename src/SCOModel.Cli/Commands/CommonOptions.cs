using System.CommandLine;

namespace SCOModel.Cli.Commands;

/// <summary>Options shared by every command that runs a model; they override the config.</summary>
internal sealed class CommonOptions
{
    public Option<DirectoryInfo?> Out { get; } = new("--out")
    {
        Description = "Output directory (created if missing; existing results are replaced only when the run completes)",
    };

    public Option<string?> Engine { get; } = new("--engine")
    {
        Description = "Engine: mc (Monte Carlo, default) or meanfield (Bragg–Williams / Slichter–Drickamer)",
    };

    public Option<int?> Threads { get; } = new("--threads")
    {
        Description = "Worker threads (default: one per processor); results do not depend on it",
    };

    public Option<ulong?> Seed { get; } = new("--seed")
    {
        Description = "Random seed, overriding the config's",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Out);
        command.Options.Add(Engine);
        command.Options.Add(Threads);
        command.Options.Add(Seed);
    }

    public RunRequest Read(ParseResult result, string defaultOut) => new(
        result.GetValue(Out)?.FullName ?? Path.GetFullPath(defaultOut),
        result.GetValue(Engine),
        result.GetValue(Threads),
        result.GetValue(Seed));
}

/// <summary>What the user asked for on the command line; <paramref name="Shard"/> is `--shard K/N` as typed.</summary>
internal sealed record RunRequest(string OutputDirectory, string? Engine, int? Threads, ulong? Seed, string? Shard = null);
