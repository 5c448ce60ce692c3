using System.CommandLine;
using System.Globalization;
using SCOModel.Core.Configuration;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `--shard K/N`: run the K-th of N shards of a protocol's paths. Paths are dealt round-robin: path i (0-based, in the
/// protocol's order) goes to shard (i mod N) + 1, so every shard gets lines from the whole grid and about the same work.
/// </summary>
internal sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The `--shard` option of `sco run` and `sco phase-diagram`.</summary>
    public static Option<string?> CreateOption() => new("--shard")
    {
        Description = "Run only shard K of N (K/N, 1 <= K <= N): path i of the protocol goes to shard (i mod N) + 1; " +
            "combine the shard directories with 'sco merge'",
    };

    /// <summary>Parses `K/N` (1 ≤ K ≤ N); bad input is a <see cref="ConfigException"/> naming the option.</summary>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            throw new ConfigException("command line", "--shard", $"expected K/N with whole numbers 1 <= K <= N (e.g. 2/8), got '{text}'");
        }

        if (count < 1 || index < 1 || index > count)
        {
            throw new ConfigException("command line", "--shard", $"expected K/N with 1 <= K <= N, got '{text}'");
        }

        return new ShardSpec(index, count);
    }

    /// <summary>
    /// The original (0-based) indices of the paths this shard runs, out of <paramref name="pathCount"/>; a protocol
    /// with fewer paths than shards cannot be split so far (a loop is one path) and is bad input.
    /// </summary>
    public IReadOnlyList<int> PathsOf(int pathCount)
    {
        if (Count > pathCount)
        {
            throw new ConfigException("command line", "--shard",
                $"cannot split {pathCount} independent path{(pathCount == 1 ? string.Empty : "s")} into {Count} shards " +
                $"(a loop is one path; a phase diagram has one per line, a temperature scan one per temperature); " +
                $"use at most {pathCount} shard{(pathCount == 1 ? string.Empty : "s")}");
        }

        return Deal(Index, Count, pathCount);
    }

    /// <summary>
    /// The round-robin deal every kind of shard uses: of <paramref name="items"/> items (0-based), shard K of N gets
    /// those with i mod N = K − 1, so every shard gets about the same share of the whole job.
    /// </summary>
    public static int[] Deal(int index, int count, int items) =>
        Enumerable.Range(0, items).Where(i => i % count == index - 1).ToArray();

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
