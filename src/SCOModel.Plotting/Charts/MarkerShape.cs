namespace SCOModel.Plotting.Charts;

/// <summary>The glyph drawn at each data point. The pointing triangles show the direction of a scan.</summary>
public enum MarkerShape
{
    /// <summary>No marker: a plain line.</summary>
    None,

    /// <summary>A circle.</summary>
    Circle,

    /// <summary>A square.</summary>
    Square,

    /// <summary>A square standing on a corner.</summary>
    Diamond,

    /// <summary>A triangle pointing up (e.g. compression).</summary>
    TriangleUp,

    /// <summary>A triangle pointing down (e.g. decompression).</summary>
    TriangleDown,

    /// <summary>A triangle pointing right: heating, temperature rising.</summary>
    TriangleRight,

    /// <summary>A triangle pointing left: cooling, temperature falling.</summary>
    TriangleLeft,
}
