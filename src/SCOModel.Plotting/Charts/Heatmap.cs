namespace SCOModel.Plotting.Charts;

/// <summary>
/// Values on a rectangular grid drawn as coloured cells with a colour bar (e.g. n_HS over a P–T grid). The x and y
/// values are the cell centres, strictly increasing; each cell reaches halfway to its neighbours. Values[row, column]
/// is the value at (X[column], Y[row]); NaN cells are left blank (not computed).
/// </summary>
public sealed class Heatmap : Plot
{
    private readonly double[,] _values;

    /// <summary>A heatmap of values over the grid x (columns) by y (rows).</summary>
    public Heatmap(Axis xAxis, Axis yAxis, IReadOnlyList<double> x, IReadOnlyList<double> y, double[,] values,
        string colourBarTitle)
    {
        ArgumentNullException.ThrowIfNull(xAxis);
        ArgumentNullException.ThrowIfNull(yAxis);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(colourBarTitle);
        RequireGrid(x, "x");
        RequireGrid(y, "y");
        if (values.GetLength(0) != y.Count || values.GetLength(1) != x.Count)
        {
            throw new ArgumentException(
                $"the heatmap's values are {values.GetLength(0)} x {values.GetLength(1)} (rows x columns) but the grid " +
                $"is {y.Count} y values by {x.Count} x values", nameof(values));
        }

        XAxis = xAxis;
        YAxis = yAxis;
        X = x;
        Y = y;
        _values = (double[,])values.Clone();
        ColourBarTitle = colourBarTitle;
    }

    /// <summary>The horizontal axis.</summary>
    public Axis XAxis { get; }

    /// <summary>The vertical axis.</summary>
    public Axis YAxis { get; }

    /// <summary>Cell centres along x (columns).</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>Cell centres along y (rows).</summary>
    public IReadOnlyList<double> Y { get; }

    /// <summary>The title beside the colour bar, e.g. "n_{HS}". Accepts the _{sub} and ^{sup} markup.</summary>
    public string ColourBarTitle { get; }

    /// <summary>The colour map.</summary>
    public ColourMap ColourMap { get; init; } = ColourMap.Viridis;

    /// <summary>The value at the bottom of the colour bar; null for the smallest value.</summary>
    public double? ValueMin { get; init; }

    /// <summary>The value at the top of the colour bar; null for the largest value.</summary>
    public double? ValueMax { get; init; }

    /// <summary>The value at (X[column], Y[row]).</summary>
    public double ValueAt(int row, int column) => _values[row, column];

    private static void RequireGrid(IReadOnlyList<double> grid, string name)
    {
        if (grid.Count == 0)
        {
            throw new ArgumentException($"the heatmap's {name} grid is empty", name);
        }

        for (int i = 0; i < grid.Count; i++)
        {
            if (!double.IsFinite(grid[i]) || (i > 0 && grid[i] <= grid[i - 1]))
            {
                throw new ArgumentException(
                    $"the heatmap's {name} grid must be finite and strictly increasing; entry {i} is {grid[i]}", name);
            }
        }
    }
}
