namespace SCOModel.Learning.Evaluation;

/// <summary>
/// Grouped k-fold assignment: every row of a group (a ligand family, the polymorphs and solvates of one parent) goes
/// to the same fold, so that a model is never tested on a near-copy of a training row. Groups are shuffled with a
/// seeded generator, then dealt, largest first, to the fold with the fewest rows so far (balanced folds).
/// </summary>
public static class GroupedFolds
{
    /// <summary>The fold (0..k−1) of each row; needs at least k distinct groups.</summary>
    public static int[] Assign(IReadOnlyList<string> groups, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var sizes = groups.GroupBy(g => g, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count()))
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .ToArray();
        if (sizes.Length < folds)
        {
            throw new ArgumentException($"{sizes.Length} groups cannot fill {folds} folds", nameof(folds));
        }

        var random = new Random(seed);
        var keys = sizes.Select(_ => random.NextDouble()).ToArray();
        var order = Enumerable.Range(0, sizes.Length)
            .OrderByDescending(i => sizes[i].Count).ThenBy(i => keys[i]).ToArray();
        var load = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int i in order)
        {
            int target = Array.IndexOf(load, load.Min());
            foldOf[sizes[i].Name] = target;
            load[target] += sizes[i].Count;
        }

        return groups.Select(g => foldOf[g]).ToArray();
    }
}
