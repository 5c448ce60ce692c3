namespace SCOModel.MeanField.Fitting;

/// <summary>
/// ΔV = V_HS − V_LS per molecule, in Å^3: what pressure acts on, ΔH → ΔH + P ΔV (PHYSICS.md §2). One transition curve
/// cannot tell it, so it is given, or read off the unit-cell volumes of the two spin states from diffraction.
/// </summary>
public sealed record VolumeChange
{
    private VolumeChange(double perMoleculeA3, VolumeChangeSource source)
    {
        PerMoleculeA3 = perMoleculeA3;
        Source = source;
    }

    /// <summary>ΔV per molecule, Å^3.</summary>
    public double PerMoleculeA3 { get; }

    /// <summary>Where ΔV came from.</summary>
    public VolumeChangeSource Source { get; }

    /// <summary>The LS cell volume (Å^3) when ΔV came from cell volumes, else null.</summary>
    public double? LowSpinCellA3 { get; private init; }

    /// <summary>The HS cell volume (Å^3) when ΔV came from cell volumes, else null.</summary>
    public double? HighSpinCellA3 { get; private init; }

    /// <summary>Molecules (formula units of one switching centre) per cell when ΔV came from cell volumes, else null.</summary>
    public int? MoleculesPerCell { get; private init; }

    /// <summary>A ΔV per molecule as given, Å^3 (any finite value).</summary>
    public static VolumeChange Given(double perMoleculeA3)
    {
        if (!double.IsFinite(perMoleculeA3))
        {
            throw new ArgumentOutOfRangeException(nameof(perMoleculeA3), perMoleculeA3, "ΔV must be a finite number of Å^3");
        }

        return new VolumeChange(perMoleculeA3, VolumeChangeSource.Given);
    }

    /// <summary>
    /// ΔV = (V_HS − V_LS)/Z from the cell volumes of the LS and HS phases (Å^3) and Z switching molecules per cell:
    /// the cell holds Z molecules, each of which swells by ΔV when it switches.
    /// </summary>
    public static VolumeChange FromCellVolumes(double lowSpinCellA3, double highSpinCellA3, int moleculesPerCell)
    {
        if (!(lowSpinCellA3 > 0) || !double.IsFinite(lowSpinCellA3))
        {
            throw new ArgumentOutOfRangeException(nameof(lowSpinCellA3), lowSpinCellA3, "a cell volume must be positive");
        }

        if (!(highSpinCellA3 > 0) || !double.IsFinite(highSpinCellA3))
        {
            throw new ArgumentOutOfRangeException(nameof(highSpinCellA3), highSpinCellA3, "a cell volume must be positive");
        }

        if (moleculesPerCell <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(moleculesPerCell), moleculesPerCell, "Z must be a positive integer");
        }

        return new VolumeChange((highSpinCellA3 - lowSpinCellA3) / moleculesPerCell, VolumeChangeSource.CellVolumes)
        {
            LowSpinCellA3 = lowSpinCellA3,
            HighSpinCellA3 = highSpinCellA3,
            MoleculesPerCell = moleculesPerCell,
        };
    }
}
