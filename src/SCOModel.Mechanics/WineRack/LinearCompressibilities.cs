namespace SCOModel.Mechanics.WineRack;

/// <summary>
/// Linear compressibilities K_l = −(1/l) dl/dP of the two lattice parameters and the volume compressibility
/// −(1/V) dV/dP = K_a + K_b (c is fixed), per GPa (PHYSICS.md §5). Negative K_a or K_b is NLC.
/// </summary>
/// <param name="APerGPa">K_a along a = 2ℓ cos(θ/2).</param>
/// <param name="BPerGPa">K_b along b = 2ℓ sin(θ/2).</param>
/// <param name="VolumePerGPa">K_V = K_a + K_b.</param>
public readonly record struct LinearCompressibilities(double APerGPa, double BPerGPa, double VolumePerGPa)
{
    /// <summary>The compressibilities of a rhombus whose hinge and strut move by dθ/dP and dℓ/dP.</summary>
    public static LinearCompressibilities Of(WineRackGeometry geometry, GeometryResponse perGPa)
    {
        double half = geometry.HingeAngleRad / 2;
        double strutLog = perGPa.StrutA / geometry.StrutA;

        // d ln a = d ln ℓ − ½ tan(θ/2) dθ, d ln b = d ln ℓ + ½ cot(θ/2) dθ.
        double a = -(strutLog - (0.5 * Math.Tan(half) * perGPa.HingeAngleRad));
        double b = -(strutLog + (0.5 / Math.Tan(half) * perGPa.HingeAngleRad));
        return new LinearCompressibilities(a, b, a + b);
    }
}
