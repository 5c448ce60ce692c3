namespace SCOModel.Structure.Coordination;

/// <summary>
/// A guess of the spin state of an iron centre from its mean Fe–donor distance ⟨D⟩, with the basis stated. Iron(II)
/// with N/O donors has ⟨D⟩ ≈ 1.95–2.00 Å low spin and ≈ 2.15–2.20 Å high spin (PHYSICS.md §7; Gütlich &amp; Goodwin,
/// Top. Curr. Chem. 2004, 233, 1): below 2.05 Å reads as low spin, above 2.12 Å as high spin, in between as
/// intermediate (a mixed or averaged state, or a distorted centre). Iron(III) bonds are shorter (high spin ≈ 2.05–2.1 Å
/// with O donors), so an iron(III) high-spin centre can read as intermediate; the oxidation state is not in a CIF.
/// Every other metal or donor set is "unknown": the guess claims nothing it has no calibration for.
/// </summary>
public sealed record SpinStateGuess(string State, string Basis)
{
    /// <summary>⟨D⟩ at or below which Fe–N/O reads as low spin, Å.</summary>
    public const double LowSpinMaxA = 2.05;

    /// <summary>⟨D⟩ at or above which Fe–N/O reads as high spin, Å.</summary>
    public const double HighSpinMinA = 2.12;

    public const string LowSpin = "LS";
    public const string HighSpin = "HS";
    public const string Intermediate = "intermediate";
    public const string Unknown = "unknown";

    /// <summary>The guess for a metal with its donors' elements and mean distance.</summary>
    public static SpinStateGuess For(string metal, IReadOnlyCollection<string> donorElements, double meanDistance)
    {
        ArgumentNullException.ThrowIfNull(donorElements);
        if (metal != "Fe" || donorElements.Count != 6 || donorElements.Any(e => e is not ("N" or "O")))
        {
            return new SpinStateGuess(Unknown, "no calibration: only six-coordinate Fe with N/O donors is guessed");
        }

        string basis = FormattableString.Invariant(
            $"Fe-N/O <D> = {meanDistance:F3} A; LS <= {LowSpinMaxA} A, HS >= {HighSpinMinA} A (Fe(II): LS 1.95-2.00, HS 2.15-2.20 A)");
        string state = meanDistance <= LowSpinMaxA ? LowSpin : meanDistance >= HighSpinMinA ? HighSpin : Intermediate;
        return new SpinStateGuess(state, basis);
    }
}
