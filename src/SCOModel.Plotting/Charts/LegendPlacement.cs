namespace SCOModel.Plotting.Charts;

/// <summary>Where the legend of a plot goes.</summary>
public enum LegendPlacement
{
    /// <summary>The inside corner that hides the fewest data points and marker lines.</summary>
    Auto,

    /// <summary>Inside, top left.</summary>
    TopLeft,

    /// <summary>Inside, top right.</summary>
    TopRight,

    /// <summary>Inside, bottom left.</summary>
    BottomLeft,

    /// <summary>Inside, bottom right.</summary>
    BottomRight,

    /// <summary>No legend.</summary>
    None,
}
