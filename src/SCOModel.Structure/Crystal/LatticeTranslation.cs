namespace SCOModel.Structure.Crystal;

/// <summary>A lattice vector n_a a + n_b b + n_c c with integer components: which periodic image of an atom.</summary>
public readonly record struct LatticeTranslation(int A, int B, int C)
{
    public static LatticeTranslation Zero { get; }

    public bool IsZero => A == 0 && B == 0 && C == 0;

    public int this[int axis] => axis switch
    {
        0 => A,
        1 => B,
        2 => C,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public static LatticeTranslation operator +(LatticeTranslation x, LatticeTranslation y) => new(x.A + y.A, x.B + y.B, x.C + y.C);

    public static LatticeTranslation operator -(LatticeTranslation x, LatticeTranslation y) => new(x.A - y.A, x.B - y.B, x.C - y.C);

    public static LatticeTranslation operator -(LatticeTranslation x) => new(-x.A, -x.B, -x.C);

    public static LatticeTranslation Add(LatticeTranslation x, LatticeTranslation y) => x + y;

    public static LatticeTranslation Subtract(LatticeTranslation x, LatticeTranslation y) => x - y;

    public static LatticeTranslation Negate(LatticeTranslation x) => -x;

    /// <summary>True when this translation comes after its negative in lexicographic order (to count a pair once).</summary>
    public bool IsPositive => A > 0 || (A == 0 && (B > 0 || (B == 0 && C > 0)));

    public Vector3D ToVector() => new(A, B, C);

    public override string ToString() => $"({A},{B},{C})";
}
