using SCOModel.Core.Configuration;

namespace SCOModel.Cli.Commands;

/// <summary>
/// The rows of a table that one shard of `sco screen --shard K/N` or `sco dataset generate --shard K/N` computes: dealt
/// round-robin like the paths of `sco run --shard` (<see cref="ShardSpec"/>), row i (0-based) to shard (i mod N) + 1, so
/// every shard gets about the same work from the whole table.
/// </summary>
internal static class ShardRows
{
    /// <summary>
    /// The 0-based rows of <paramref name="rowCount"/> that <paramref name="shard"/> computes; more shards than rows is
    /// bad input naming <c>--shard</c> (<paramref name="what"/> names the rows, e.g. "candidates").
    /// </summary>
    public static IReadOnlyList<int> Of(ShardSpec shard, int rowCount, string what)
    {
        ArgumentNullException.ThrowIfNull(shard);
        if (shard.Count > rowCount)
        {
            throw new ConfigException("command line", "--shard",
                $"cannot split {rowCount} {what} into {shard.Count} shards; use at most {rowCount} shard{(rowCount == 1 ? string.Empty : "s")}");
        }

        return ShardSpec.Deal(shard.Index, shard.Count, rowCount);
    }
}
