namespace SCOModel.Learning.Datasets;

/// <summary>
/// One row of the synthetic surrogate dataset: the descriptors a model sees, the physical parameters they were mapped
/// to, and what the mean-field physics gives for them.
/// </summary>
/// <param name="Id">Row number, 1-based.</param>
/// <param name="Family">The synthetic ligand family (its rows share an offset of ΔH and Γ: a group for the folds).</param>
/// <param name="Anion">A synthetic counter-anion label (shifts Γ).</param>
/// <param name="MeanDA">A ⟨D⟩-like mean metal–donor distance of the LS state, Å (synthetic).</param>
/// <param name="SigmaDeg">A Σ-like octahedral distortion, degrees (synthetic; NaN where "not measured").</param>
/// <param name="DeltaHkJmol">ΔH, kJ/mol.</param>
/// <param name="DeltaSJmolK">ΔS, J/(mol K).</param>
/// <param name="GammaKJmol">Γ, kJ/mol.</param>
/// <param name="THalfK">T1/2 = ΔH/ΔS (Maxwell), K.</param>
/// <param name="HysteresisK">The width of the mean-field loop between the spinodals, K (0 without a loop).</param>
public sealed record SurrogateCompound(
    int Id,
    string Family,
    string Anion,
    double MeanDA,
    double SigmaDeg,
    double DeltaHkJmol,
    double DeltaSJmolK,
    double GammaKJmol,
    double THalfK,
    double HysteresisK);
