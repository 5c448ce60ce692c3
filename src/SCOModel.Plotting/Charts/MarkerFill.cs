namespace SCOModel.Plotting.Charts;

/// <summary>Whether markers are filled with the series colour or drawn as outlines on white.</summary>
public enum MarkerFill
{
    /// <summary>Solid markers.</summary>
    Filled,

    /// <summary>Outlined markers: a second cue, beside colour, that tells two series apart.</summary>
    Open,
}
