namespace SCOModel.Mechanics.WineRack;

/// <summary>How the equilibrium geometry moves when one control variable changes and the others are held.</summary>
/// <param name="HingeAngleRad">dθ, rad per unit of the variable.</param>
/// <param name="StrutA">dℓ, Å per unit of the variable.</param>
public readonly record struct GeometryResponse(double HingeAngleRad, double StrutA)
{
    /// <summary>The response to a change of the variable that also moves n_HS by <paramref name="nHsSlope"/> per unit.</summary>
    public GeometryResponse WithSpinState(GeometryResponse perNHs, double nHsSlope) =>
        new(HingeAngleRad + (perNHs.HingeAngleRad * nHsSlope), StrutA + (perNHs.StrutA * nHsSlope));
}
