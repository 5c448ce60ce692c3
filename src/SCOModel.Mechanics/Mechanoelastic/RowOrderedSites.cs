namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The molecules of a cut lattice numbered row by row (then along the row), and each grid key's number: the order the
/// square and triangular builders both give their molecules, so that positions and springs are laid out alike.
/// </summary>
internal static class RowOrderedSites
{
    public static ((int Column, int Row)[] Keys, Dictionary<(int, int), int> Index) Of(IEnumerable<(int Column, int Row)> present)
    {
        var keys = present.OrderBy(k => k.Row).ThenBy(k => k.Column).ToArray();
        var index = new Dictionary<(int, int), int>(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            index[keys[i]] = i;
        }

        return (keys, index);
    }
}
