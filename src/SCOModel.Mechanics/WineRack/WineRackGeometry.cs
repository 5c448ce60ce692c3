namespace SCOModel.Mechanics.WineRack;

/// <summary>
/// The shape of one rhombic cell of the wine-rack (PHYSICS.md §5): struts of length ℓ meeting at hinges of angle θ.
/// The lattice parameters are the rhombus diagonals, a = 2ℓ cos(θ/2) (the one that bisects θ) and b = 2ℓ sin(θ/2);
/// the area per node is ℓ² sin θ = ab/2.
/// </summary>
/// <param name="HingeAngleRad">θ in radians, strictly between 0 and π.</param>
/// <param name="StrutA">ℓ in Å.</param>
public readonly record struct WineRackGeometry(double HingeAngleRad, double StrutA)
{
    /// <summary>θ in degrees.</summary>
    public double HingeAngleDeg => HingeAngleRad * 180 / Math.PI;

    /// <summary>a = 2ℓ cos(θ/2), Å.</summary>
    public double AxisAA => 2 * StrutA * Math.Cos(HingeAngleRad / 2);

    /// <summary>b = 2ℓ sin(θ/2), Å.</summary>
    public double AxisBA => 2 * StrutA * Math.Sin(HingeAngleRad / 2);

    /// <summary>The area per node ℓ² sin θ, Å².</summary>
    public double AreaA2 => StrutA * StrutA * Math.Sin(HingeAngleRad);

    /// <summary>The volume per node c ℓ² sin θ, Å³, for layers <paramref name="layerSpacingA"/> apart.</summary>
    public double VolumeA3(double layerSpacingA) => layerSpacingA * AreaA2;
}
