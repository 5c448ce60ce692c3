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

    /// <summary>All <paramref name="samples"/> rows of the table of seed <paramref name="seed"/>.</summary>
    public static IReadOnlyList<SurrogateCompound> Generate(int samples, int seed) => Generate(samples, seed, null);

    /// <summary>
    /// The given rows (0-based, ascending; null for all) of the table of <paramref name="samples"/> rows and seed
    /// <paramref name="seed"/>. Every row before the last one asked for still draws its random numbers, in order, from
    /// the one seeded generator (cheap next to the mean-field solve, which only the rows asked for run), so a row is
    /// the same whichever subset it is computed in: the rows of `sco dataset generate --shard K/N` put together are
    /// the single run's table.
    /// </summary>
    public static IReadOnlyList<SurrogateCompound> Generate(int samples, int seed, IReadOnlyList<int>? rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        if (rows is not null)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                if (rows[i] < 0 || rows[i] >= samples || (i > 0 && rows[i] <= rows[i - 1]))
                {
                    throw new ArgumentException($"rows must be ascending indices below {samples}; row {rows[i]} at {i} is not", nameof(rows));
                }
            }
        }

        var random = new Random(seed);
        var familyOffset = new double[Families];
        var familyGamma = new double[Families];
        for (int f = 0; f < Families; f++)
        {
            familyOffset[f] = -3 + (6 * random.NextDouble());
            familyGamma[f] = 0.5 + (3.5 * random.NextDouble());
        }

        int wanted = rows?.Count ?? samples;
        int last = rows is null ? samples - 1 : rows.Count == 0 ? -1 : rows[^1];
        var result = new List<SurrogateCompound>(wanted);
        int next = 0;
        for (int i = 0; i <= last; i++)
        {
            // The draws of one row, always all of them and in this order, whether or not the row is computed.
            int family = random.Next(Families);
            var anion = Anions[random.Next(Anions.Length)];
            double meanD = 1.90 + (0.12 * random.NextDouble());
            double sigma = 30 + (70 * random.NextDouble());
            bool sigmaMissing = random.NextDouble() < 1.0 / 12;
            double deltaH = Math.Clamp(15 - (120 * (meanD - 1.96)) - (0.04 * (sigma - 60)) + familyOffset[family]
                + (0.7 * Gaussian(random)), 3, 30);
            double deltaS = 45 + (30 * random.NextDouble());
            double gamma = Math.Max(0, familyGamma[family] + anion.Shift + (0.3 * Gaussian(random)));
            if (rows is not null && rows[next] != i)
            {
                continue;
            }

            next++;
            var model = SlichterDrickamerModel.FromCalorimetric(deltaH, deltaS, gamma);
            double tHalf = model.MaxwellTemperatureK() ?? double.NaN;
            double width = SpinodalFinder.Loop(model)?.WidthK ?? 0;
            result.Add(new SurrogateCompound(i + 1, $"F{family + 1}", anion.Name, meanD, sigmaMissing ? double.NaN : sigma,
                deltaH, deltaS, gamma, tHalf, width));
        }

        return result;
    }

    /// <summary>The CSV header line (no line break).</summary>
    public static string Header => string.Join(',', Columns);

    /// <summary>One row as its CSV line (no line break): what <see cref="Format"/> writes for it.</summary>
    public static string FormatRow(SurrogateCompound row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var inv = CultureInfo.InvariantCulture;
        string sigma = double.IsNaN(row.SigmaDeg) ? string.Empty : row.SigmaDeg.ToString("F2", inv);
        return string.Create(inv, $"{row.Id},{row.Family},{row.Anion},{row.MeanDA:F4},{sigma},{row.DeltaHkJmol:F3},{row.DeltaSJmolK:F3},")
            + string.Create(inv, $"{row.GammaKJmol:F3},{row.THalfK:F2},{row.HysteresisK:F2}");
    }

    /// <summary>The CSV table: the header, then one line per row.</summary>
    public static string Format(IEnumerable<SurrogateCompound> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var r in rows)
        {
            text.Append(FormatRow(r)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A standard normal deviate (Box–Muller), from the one seeded generator.</summary>
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
