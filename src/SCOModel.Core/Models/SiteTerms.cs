using SCOModel.Core.Units;

namespace SCOModel.Core.Models;

/// <summary>
/// Per-site Δ_i, ln g_i and ΔV_i of a heterogeneous sample (PHYSICS.md §1), giving the per-site field
/// h_i(T, P) = (T ln g_i − Δ_i − P ΔV_i)/2.
/// </summary>
internal sealed class SiteTerms(double[] deltaK, double[] lnG, double[] deltaVA3)
{
    public int Count => deltaK.Length;

    public ReadOnlySpan<double> DeltaK => deltaK;

    public ReadOnlySpan<double> LnG => lnG;

    public ReadOnlySpan<double> DeltaVA3 => deltaVA3;

    /// <summary>h_i(T, P) in kelvin, into a span of one value per site.</summary>
    public void FieldsK(double temperatureK, double pressureGPa, Span<double> fields)
    {
        for (int i = 0; i < deltaK.Length; i++)
        {
            fields[i] = 0.5 * ((temperatureK * lnG[i]) - deltaK[i]
                - PhysicalUnits.KelvinFromPressureVolume(pressureGPa, deltaVA3[i]));
        }
    }
}
