namespace SCOModel.Structure.Crystal;

/// <summary>A vector in Cartesian (Å) or fractional coordinates.</summary>
public readonly record struct Vector3D(double X, double Y, double Z)
{
    public static Vector3D Zero { get; }

    public double Length => Math.Sqrt(Dot(this));

    public double this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public static Vector3D operator +(Vector3D a, Vector3D b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    public static Vector3D operator -(Vector3D a, Vector3D b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    public static Vector3D operator -(Vector3D a) => new(-a.X, -a.Y, -a.Z);

    public static Vector3D operator *(double s, Vector3D a) => new(s * a.X, s * a.Y, s * a.Z);

    public static Vector3D Add(Vector3D a, Vector3D b) => a + b;

    public static Vector3D Subtract(Vector3D a, Vector3D b) => a - b;

    public static Vector3D Negate(Vector3D a) => -a;

    public static Vector3D Multiply(double s, Vector3D a) => s * a;

    public double Dot(Vector3D other) => (X * other.X) + (Y * other.Y) + (Z * other.Z);

    public Vector3D Cross(Vector3D other) =>
        new((Y * other.Z) - (Z * other.Y), (Z * other.X) - (X * other.Z), (X * other.Y) - (Y * other.X));

    public Vector3D Normalized() => (1 / Length) * this;

    /// <summary>The angle to another vector, degrees in [0, 180].</summary>
    public double AngleDegTo(Vector3D other) =>
        Math.Atan2(Cross(other).Length, Dot(other)) * 180 / Math.PI;
}
