namespace SCOModel.Learning.Data;

/// <summary>
/// One input column of a learning table: numbers (NaN where missing) or text levels (null where missing).
/// Immutable; <see cref="Reordered"/> makes the shuffled copies that permutation importance needs.
/// </summary>
public sealed class DataColumn
{
    private readonly double[]? _numbers;
    private readonly string?[]? _levels;

    private DataColumn(string name, double[]? numbers, string?[]? levels)
    {
        Name = name;
        _numbers = numbers;
        _levels = levels;
    }

    /// <summary>A numeric column; NaN marks a missing value.</summary>
    public static DataColumn Numeric(string name, IEnumerable<double> values) => new(name, values.ToArray(), null);

    /// <summary>A categorical column; null marks a missing value.</summary>
    public static DataColumn Categorical(string name, IEnumerable<string?> values) => new(name, null, values.ToArray());

    public string Name { get; }

    public FeatureKind Kind => _numbers is null ? FeatureKind.Categorical : FeatureKind.Numeric;

    public int Count => _numbers?.Length ?? _levels!.Length;

    /// <summary>The number in a row (NaN when missing); only for numeric columns.</summary>
    public double Number(int row) => _numbers is null
        ? throw new InvalidOperationException($"column {Name} is categorical")
        : _numbers[row];

    /// <summary>The level in a row (null when missing); only for categorical columns.</summary>
    public string? Level(int row) => _levels is null
        ? throw new InvalidOperationException($"column {Name} is numeric")
        : _levels[row];

    public bool IsMissing(int row) => _numbers is null ? _levels![row] is null : double.IsNaN(_numbers[row]);

    /// <summary>The column with row i holding what row order[i] held.</summary>
    public DataColumn Reordered(IReadOnlyList<int> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return _numbers is null
            ? new DataColumn(Name, null, order.Select(i => _levels![i]).ToArray())
            : new DataColumn(Name, order.Select(i => _numbers[i]).ToArray(), null);
    }
}
