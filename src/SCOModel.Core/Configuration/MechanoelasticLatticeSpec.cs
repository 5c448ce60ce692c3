using System.Globalization;

namespace SCOModel.Core.Configuration;

/// <summary>The lattice of a mechanoelastic model: its kind, shape (or periodic box) and size.</summary>
/// <param name="Kind">The lattice.</param>
/// <param name="Shape">The cut of an open sample, or <see cref="MechanoelasticShape.Periodic"/>.</param>
/// <param name="Size">
/// One value (hexagon side, disc radius, cube edge, sphere radius), two (a 2D rectangle or box: molecules per row, rows)
/// or three (a 3D periodic box: cells along x, y, z); see the shape.
/// </param>
public sealed record MechanoelasticLatticeSpec(MechanoelasticLatticeKind Kind, MechanoelasticShape Shape, IReadOnlyList<int> Size)
{
    /// <summary>How many size values the shape of a 2D lattice takes.</summary>
    public static int SizeCount(MechanoelasticShape shape) =>
        shape is MechanoelasticShape.Hexagon or MechanoelasticShape.Disc or MechanoelasticShape.Cube or MechanoelasticShape.Sphere ? 1 : 2;

    /// <summary>How many size values the shape takes on a lattice of this kind (a 3D periodic box three).</summary>
    public static int SizeCount(MechanoelasticLatticeKind kind, MechanoelasticShape shape) =>
        shape == MechanoelasticShape.Periodic && DimensionOf(kind) == 3 ? 3 : SizeCount(shape);

    /// <summary>The space dimension of a lattice kind: 2 (triangular, square) or 3 (cubic, fcc).</summary>
    public static int DimensionOf(MechanoelasticLatticeKind kind) =>
        kind is MechanoelasticLatticeKind.Cubic or MechanoelasticLatticeKind.Fcc ? 3 : 2;

    /// <summary>Whether a shape cuts a 3D lattice (cube, sphere), a 2D one (hexagon, disc, rectangle), or either (periodic).</summary>
    public static int? DimensionOf(MechanoelasticShape shape) => shape switch
    {
        MechanoelasticShape.Cube or MechanoelasticShape.Sphere => 3,
        MechanoelasticShape.Periodic => null,
        _ => 2,
    };

    /// <summary>The space dimension of the sample, 2 or 3 (follows from the kind; not written to run.json).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Dimension => DimensionOf(Kind);

    /// <inheritdoc />
    public bool Equals(MechanoelasticLatticeSpec? other) =>
        other is not null && Kind == other.Kind && Shape == other.Shape && Size.SequenceEqual(other.Size);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Shape, Size.Count);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ConfigJson.Name(Kind)} lattice, {ConfigJson.Name(Shape)} [{string.Join(", ", Size)}] ({(Shape == MechanoelasticShape.Periodic ? "fixed box" : "open")})");
}
