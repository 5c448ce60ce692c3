using System.Globalization;
using System.Text;
using SCOModel.MeanField;

namespace SCOModel.Learning.Datasets;

/// <summary>
/// A synthetic training set for the learning pipeline, made by the physics rather than measured. SYNTHETIC: the
/// mapping from descriptors to parameters below is invented to resemble the trends of PHYSICS.md §7 (a longer LS
/// metal–donor distance ⟨D⟩ means a weaker ligand field, a smaller ΔH and a lower T1/2; more distortion Σ likewise);
/// it is no fit to experiment and must not be read as one.
/// <code>
/// ΔH = 15 − 120 (⟨D⟩ − 1.96 Å) − 0.04 (Σ − 60°) + family offset (±3) + N(0, 0.7²)   kJ/mol, kept within 3…30
/// ΔS = U(45, 75)                                                                  J/(mol K)
/// Γ  = family base U(0.5, 4) + anion shift + N(0, 0.3²)                            kJ/mol, kept ≥ 0
/// </code>
/// with ⟨D⟩ ~ U(1.90, 2.02) Å, Σ ~ U(30, 100)° (missing in about 1 row in 12), 8 families and anions BF4 (+1.0),
/// ClO4 (+0.5), PF6 (0), NCS (−0.5) kJ/mol. Each row then runs the Slichter–Drickamer mean field (PHYSICS.md §2):
/// T1/2 = ΔH/ΔS, and the hysteresis width between the spinodals (0 when Γ ≤ 2 R T1/2).
/// </summary>
public static class SurrogateDataset
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "family", "anion", "mean_d_A", "sigma_deg", "dH_kJmol", "dS_JmolK", "gamma_kJmol", "T_half_K", "hysteresis_K",
    ];

    private static readonly (string Name, double Shift)[] Anions = [("BF4", 1.0), ("ClO4", 0.5), ("PF6", 0), ("NCS", -0.5)];

    private const int Families = 8;

    public static IReadOnlyList<SurrogateCompound> Generate(int samples, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var random = new Random(seed);
        var familyOffset = new double[Families];
        var familyGamma = new double[Families];
        for (int f = 0; f < Families; f++)
        {
            familyOffset[f] = -3 + (6 * random.NextDouble());
            familyGamma[f] = 0.5 + (3.5 * random.NextDouble());
        }

        var rows = new List<SurrogateCompound>(samples);
        for (int i = 0; i < samples; i++)
        {
            int family = random.Next(Families);
            var anion = Anions[random.Next(Anions.Length)];
            double meanD = 1.90 + (0.12 * random.NextDouble());
            double sigma = 30 + (70 * random.NextDouble());
            bool sigmaMissing = random.NextDouble() < 1.0 / 12;
            double deltaH = Math.Clamp(15 - (120 * (meanD - 1.96)) - (0.04 * (sigma - 60)) + familyOffset[family]
                + (0.7 * Gaussian(random)), 3, 30);
            double deltaS = 45 + (30 * random.NextDouble());
            double gamma = Math.Max(0, familyGamma[family] + anion.Shift + (0.3 * Gaussian(random)));
            var model = SlichterDrickamerModel.FromCalorimetric(deltaH, deltaS, gamma);
            double tHalf = model.MaxwellTemperatureK() ?? double.NaN;
            double width = SpinodalFinder.Loop(model)?.WidthK ?? 0;
            rows.Add(new SurrogateCompound(i + 1, $"F{family + 1}", anion.Name, meanD, sigmaMissing ? double.NaN : sigma,
                deltaH, deltaS, gamma, tHalf, width));
        }

        return rows;
    }

    public static string Format(IEnumerable<SurrogateCompound> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder().AppendJoin(',', Columns).Append('\n');
        var inv = CultureInfo.InvariantCulture;
        foreach (var r in rows)
        {
            string sigma = double.IsNaN(r.SigmaDeg) ? string.Empty : r.SigmaDeg.ToString("F2", inv);
            text.Append(inv, $"{r.Id},{r.Family},{r.Anion},{r.MeanDA:F4},{sigma},{r.DeltaHkJmol:F3},{r.DeltaSJmolK:F3},")
                .Append(inv, $"{r.GammaKJmol:F3},{r.THalfK:F2},{r.HysteresisK:F2}\n");
        }

        return text.ToString();
    }

    /// <summary>A standard normal deviate (Box–Muller), from the one seeded generator.</summary>
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
