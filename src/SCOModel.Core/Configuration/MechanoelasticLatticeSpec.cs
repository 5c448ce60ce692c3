using System.Globalization;

namespace SCOModel.Core.Configuration;

/// <summary>The lattice of a mechanoelastic model: its kind, shape (or periodic box) and size.</summary>
/// <param name="Kind">The lattice.</param>
/// <param name="Shape">The cut of an open sample, or <see cref="MechanoelasticShape.Periodic"/>.</param>
/// <param name="Size">One value (hexagon side, disc radius) or two (molecules per row, rows); see the shape.</param>
public sealed record MechanoelasticLatticeSpec(MechanoelasticLatticeKind Kind, MechanoelasticShape Shape, IReadOnlyList<int> Size)
{
    /// <summary>How many size values the shape takes.</summary>
    public static int SizeCount(MechanoelasticShape shape) =>
        shape is MechanoelasticShape.Hexagon or MechanoelasticShape.Disc ? 1 : 2;

    /// <inheritdoc />
    public bool Equals(MechanoelasticLatticeSpec? other) =>
        other is not null && Kind == other.Kind && Shape == other.Shape && Size.SequenceEqual(other.Size);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Shape, Size.Count);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ConfigJson.Name(Kind)} lattice, {ConfigJson.Name(Shape)} [{string.Join(", ", Size)}] ({(Shape == MechanoelasticShape.Periodic ? "fixed box" : "open")})");
}
