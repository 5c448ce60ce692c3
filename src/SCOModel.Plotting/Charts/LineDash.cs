namespace SCOModel.Plotting.Charts;

/// <summary>How a series' line is stroked; <see cref="None"/> gives a scatter series.</summary>
public enum LineDash
{
    /// <summary>No line: markers only.</summary>
    None,

    /// <summary>A continuous line.</summary>
    Solid,

    /// <summary>Long dashes: tells a second branch apart even in greyscale print.</summary>
    Dashed,

    /// <summary>Dots.</summary>
    Dotted,
}
