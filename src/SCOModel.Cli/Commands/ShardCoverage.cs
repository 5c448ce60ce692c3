using SCOModel.Core.Configuration;

namespace SCOModel.Cli.Commands;

/// <summary>
/// What `sco merge` checks of any set of shards before it reads their contents: all cut into the same number of
/// shards, and shards 1..N each given exactly once. Anything else is bad input naming the directories.
/// </summary>
internal static class ShardCoverage
{
    /// <summary>One shard directory as far as the check needs it.</summary>
    /// <param name="Index">K, as the shard's file says.</param>
    /// <param name="Count">N, as the shard's file says.</param>
    /// <param name="Directory">The shard's directory.</param>
    public sealed record Member(int Index, int Count, string Directory)
    {
        /// <summary>How messages name the shard.</summary>
        public string Label => $"shard {Index}/{Count} ({Directory})";
    }

    /// <summary>Throws a <see cref="ConfigException"/> unless the members are shards 1..N of N, each once.</summary>
    public static void Check(IReadOnlyList<Member> shards, string job)
    {
        ArgumentNullException.ThrowIfNull(shards);
        foreach (var shard in shards.Where(s => s.Count < 1 || s.Index < 1 || s.Index > s.Count))
        {
            throw new ConfigException(shard.Directory, "shard",
                $"{shard.Label} is not a shard K/N with 1 ≤ K ≤ N: the shard's file was edited or damaged");
        }

        var first = shards[0];
        foreach (var shard in shards.Where(s => s.Count != first.Count))
        {
            throw new ConfigException(shard.Directory, "shard",
                $"{shard.Label} does not belong with {first.Label}: different shard count; merge only the shards of one {job} job");
        }

        int count = first.Count;
        foreach (var group in shards.GroupBy(s => s.Index).Where(g => g.Count() > 1))
        {
            throw new ConfigException("command line", "DIR",
                $"shard {group.Key}/{count} given more than once: {string.Join(", ", group.Select(s => s.Directory))}");
        }

        var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Index)).ToArray();
        if (missing.Length > 0)
        {
            throw new ConfigException("command line", "DIR",
                $"shard{(missing.Length == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(k => $"{k}/{count}"))} " +
                $"missing: the job has {count} shards and {shards.Count} were given");
        }
    }
}
