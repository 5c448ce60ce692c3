namespace SCOModel.Plotting.Charts;

/// <summary>Where a vertical marker's label sits relative to its line, so that two close marks do not collide.</summary>
public enum LabelSide
{
    /// <summary>Centred on the line.</summary>
    Centre,

    /// <summary>Ending just left of the line.</summary>
    Left,

    /// <summary>Starting just right of the line.</summary>
    Right,
}
