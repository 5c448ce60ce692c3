namespace SCOModel.Core.Units;

/// <summary>
/// The one place where SCOModel converts units. Internally energies are in kelvin (k_B = 1), pressure in GPa,
/// volume in Å^3 and time in seconds (DESIGN.md, "Units"); everything else is converted here, at the edge.
/// </summary>
public static class PhysicalUnits
{
    /// <summary>Molar gas constant R in J/(mol K) (CODATA 2018, exact).</summary>
    public const double GasConstantJPerMolK = 8.314462618;

    /// <summary>Boltzmann constant k_B in J/K (SI, exact).</summary>
    public const double BoltzmannJPerK = 1.380649e-23;

    /// <summary>1 kJ/mol expressed in kelvin: 1000 / R ≈ 120.272 K.</summary>
    public const double KelvinPerKJPerMol = 1000.0 / GasConstantJPerMolK;

    /// <summary>1 cm^-1 expressed in kelvin: h c / k_B ≈ 1.438777 K.</summary>
    public const double KelvinPerWavenumber = 1.438776877;

    /// <summary>1 GPa × 1 Å^3 expressed in kelvin: 1e9 Pa × 1e-30 m^3 / k_B ≈ 72.4297 K.</summary>
    public const double KelvinPerGPaCubicAngstrom = 1e-21 / BoltzmannJPerK;

    /// <summary>1 kbar in GPa.</summary>
    public const double GPaPerKbar = 0.1;

    /// <summary>Δ in kelvin from ΔH in kJ/mol (Δ = ΔH / R).</summary>
    public static double KelvinFromKJPerMol(double kJPerMol) => kJPerMol * KelvinPerKJPerMol;

    /// <summary>ΔH in kJ/mol from Δ in kelvin.</summary>
    public static double KJPerMolFromKelvin(double kelvin) => kelvin / KelvinPerKJPerMol;

    /// <summary>ln g (dimensionless) from ΔS in J/(mol K) (ln g = ΔS / R).</summary>
    public static double LnGFromJPerMolK(double joulePerMolK) => joulePerMolK / GasConstantJPerMolK;

    /// <summary>ΔS in J/(mol K) from ln g.</summary>
    public static double JPerMolKFromLnG(double lnG) => lnG * GasConstantJPerMolK;

    /// <summary>Energy in kelvin from an energy in cm^-1.</summary>
    public static double KelvinFromWavenumber(double wavenumber) => wavenumber * KelvinPerWavenumber;

    /// <summary>The work P ΔV in kelvin for a pressure in GPa and a volume change in Å^3.</summary>
    public static double KelvinFromPressureVolume(double pressureGPa, double volumeA3) =>
        pressureGPa * volumeA3 * KelvinPerGPaCubicAngstrom;

    /// <summary>Pressure in GPa from kbar.</summary>
    public static double GPaFromKbar(double kbar) => kbar * GPaPerKbar;
}
