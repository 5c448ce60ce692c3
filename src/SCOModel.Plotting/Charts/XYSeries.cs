namespace SCOModel.Plotting.Charts;

/// <summary>
/// A data series of an <see cref="XYPlot"/>: points in drawing order (a line joins them in this order, so a cooling
/// branch is given from high to low temperature), optional symmetric y (and x) error bars, a name for the legend and a
/// style.
/// A NaN in x or y leaves a gap: the point is skipped and the line is broken there.
/// </summary>
public sealed class XYSeries
{
    private readonly IReadOnlyList<double>? _xError;

    /// <summary>A series; x, y and (when given) yError must have the same length.</summary>
    public XYSeries(string name, IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double>? yError = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"series \"{name}\" has {x.Count} x values but {y.Count} y values", nameof(y));
        }

        if (yError is not null && yError.Count != y.Count)
        {
            throw new ArgumentException(
                $"series \"{name}\" has {y.Count} y values but {yError.Count} error bars", nameof(yError));
        }

        Name = name;
        X = x;
        Y = y;
        YError = yError;
    }

    /// <summary>A line without markers.</summary>
    public static XYSeries Line(string name, IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        new(name, x, y) { Style = SeriesStyle.Line };

    /// <summary>Circle markers without a line, with optional error bars.</summary>
    public static XYSeries Scatter(string name, IReadOnlyList<double> x, IReadOnlyList<double> y,
        IReadOnlyList<double>? yError = null) => new(name, x, y, yError) { Style = SeriesStyle.Scatter };

    /// <summary>The name shown in the legend (and as the tooltip of the series in a browser).</summary>
    public string Name { get; }

    /// <summary>The x values.</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>The y values.</summary>
    public IReadOnlyList<double> Y { get; }

    /// <summary>Half-lengths of the y error bars (e.g. one standard error); null or NaN/0 entries draw none.</summary>
    public IReadOnlyList<double>? YError { get; }

    /// <summary>
    /// Half-lengths of horizontal error bars, one per point (e.g. the uncertainty of a critical pressure); null or
    /// NaN/0 entries draw none.
    /// </summary>
    public IReadOnlyList<double>? XError
    {
        get => _xError;
        init => _xError = value is null || value.Count == X.Count
            ? value
            : throw new ArgumentException(
                $"series \"{Name}\" has {X.Count} x values but {value.Count} x error bars", nameof(XError));
    }

    /// <summary>How the series is drawn.</summary>
    public SeriesStyle Style { get; init; } = SeriesStyle.LineWithMarkers;

    /// <summary>False keeps the series out of the legend (e.g. a second segment of an already named branch).</summary>
    public bool ShowInLegend { get; init; } = true;
}
