using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Models;

namespace SCOModel.Cli.Tests;

/// <summary>
/// The {ReX5}–Fe(III) case study (models/compounds/README.md): every config reads, the calibrated compound (1)d
/// reproduces its T1/2 and range in mean field, and the halogen-contact law orders the compounds as the data do.
/// The mean-field engine refuses halogen contacts, so each compound is solved through its mean-field twin: the same Δ,
/// ln g and trapped fraction with the contact folded into a uniform coupling (Σ_j J_ij = z J + 2 f² J_XB).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class HalogenSeriesTests
{
    private static readonly string[] Compounds = ["1d", "2d", "3d", "4d", "1w", "3w"];

    private static string ConfigPath(string id) => Path.Combine(RepositoryPaths.Root, "models", "compounds", id + ".json");

    private static IsingLikeModelConfig Model(string id) =>
        Assert.IsType<IsingLikeModelConfig>(ConfigReader.ReadFile(ConfigPath(id)).Model);

    /// <summary>Σ_j J_ij of a switching site averaged over the sample: z J plus 2 f² J_XB per contact network.</summary>
    private static double SumOfCouplingsK(IsingLikeModelConfig model)
    {
        double sum = 4 * model.CouplingK;
        if (model.Heterogeneity is { HalogenContacts: { } contacts, HalogenCoupling: { } law })
        {
            sum += contacts.Sum(c => 2 * c.Fraction * c.Fraction * law.CouplingK(c.Contact));
        }

        return sum;
    }

    /// <summary>T1/2 and the 10–90 % range of the switching sites in the mean field of the compound's twin.</summary>
    private static (double THalf, double Range) MeanField(string id)
    {
        var model = Model(id);
        double trapped = model.Heterogeneity?.Trapped?.HighSpinFraction ?? 0;
        string twin = $$"""
            {
              "name": "mean-field twin of {{id}}",
              "model": {
                "kind": "ising-like",
                "deltaK": {{F(model.DeltaK)}}, "lnG": {{F(model.LnG)}}, "couplingK": {{F(SumOfCouplingsK(model) / 4)}},
                "sublattices": { "pattern": "checkerboard" },
                "trapped": { "highSpin": {{F(trapped)}} },
                "lattice": { "kind": "square", "size": [8, 8], "boundary": "periodic" }
              },
              "protocol": { "kind": "temperature-scan", "fromK": 40, "toK": 500, "stepK": 0.5, "initialState": "random" }
            }
            """;
        using var directory = new TempDirectory();
        string config = Path.Combine(directory.Path, "twin.json");
        File.WriteAllText(config, twin);
        string output = Path.Combine(directory.Path, "out");
        var outcome = Sco.Run("run", config, "--engine", "meanfield", "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var rows = File.ReadAllLines(Path.Combine(output, "results.csv"));
        var header = rows[0].Split(',');
        int t = Array.IndexOf(header, "temperature_K"), n = Array.IndexOf(header, "n_hs");
        var points = rows.Skip(1).Select(r => r.Split(','))
            .Select(c => (T: double.Parse(c[t], CultureInfo.InvariantCulture),
                X: (double.Parse(c[n], CultureInfo.InvariantCulture) - trapped) / (1 - trapped)))
            .OrderBy(p => p.T).ToList();
        double Crossing(double level)
        {
            for (int i = 1; i < points.Count; i++)
            {
                if (points[i - 1].X < level && points[i].X >= level)
                {
                    return points[i - 1].T + ((level - points[i - 1].X) / (points[i].X - points[i - 1].X)
                        * (points[i].T - points[i - 1].T));
                }
            }

            throw new InvalidOperationException($"{id}: the switching fraction never crosses {level}");
        }

        return (Crossing(0.5), Crossing(0.9) - Crossing(0.1));
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double CouplingOfContact(string id)
    {
        var heterogeneity = Model(id).Heterogeneity!;
        return heterogeneity.HalogenCoupling!.CouplingK(heterogeneity.HalogenContacts![0].Contact);
    }

    [Fact]
    public void EveryCompoundConfigReads()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "models", "compounds"), "*.json");
        Assert.Equal(Compounds.Order(), files.Select(Path.GetFileNameWithoutExtension).Order());
        foreach (var id in Compounds)
        {
            var model = Model(id);
            Assert.True(model.DeltaK > 0 && model.LnG > 0, id);
        }
    }

    [Fact]
    public void TheLawIsChosenOnceForTheSeries()
    {
        var laws = Compounds.Select(id => Model(id).Heterogeneity?.HalogenCoupling).OfType<HalogenCouplingLaw>().ToList();
        Assert.Equal(5, laws.Count);
        Assert.All(laws, law =>
        {
            Assert.Equal(laws[0].RangeWidth, law.RangeWidth);
            Assert.Equal(laws[0].ScaleK[Halogen.Br], law.ScaleK[Halogen.Br]);
        });
    }

    [Fact]
    public void CalibratedCompoundReproducesItsTHalfAndRangeInMeanField()
    {
        // founding_cases.csv, (1)d: T1/2 155 K, range 130 K (calibrated: 10–90 % of the switching sites).
        var (tHalf, range) = MeanField("1d");
        Assert.InRange(tHalf, 154, 156);
        Assert.InRange(range, 127, 133);

        // (3)d and (2)d: T1/2 98 and 124 K set Δ; (2)d's range 170 K sets its isotropic J.
        Assert.InRange(MeanField("3d").THalf, 97, 99);
        var (tHalf2, range2) = MeanField("2d");
        Assert.InRange(tHalf2, 123, 125);
        Assert.InRange(range2, 167, 173);
    }

    [Fact]
    public void ThePredictedCouplingsFollowTheContacts()
    {
        // The data: (1)d (type I, 176°, R_XB 1.009) is the cooperative one; the blocked contact of (4)d and the
        // non-bonding one of (1)w give no SCO; (3)d's bent contact sits in between.
        double j1d = CouplingOfContact("1d"), j3d = CouplingOfContact("3d"), j4d = CouplingOfContact("4d"),
            j1w = CouplingOfContact("1w");
        Assert.True(j1d > j3d && j3d > j4d && j4d > j1w, $"J_XB: 1d {j1d}, 3d {j3d}, 4d {j4d}, 1w {j1w}");

        // Same Δ and ln g as (1)d: the blocked contact of (4)d makes a far more gradual transition.
        Assert.True(MeanField("4d").Range > MeanField("1d").Range + 100);
    }

    [Fact]
    public void ThePredictionForThe3dRangeIsWiderThanObserved()
    {
        // A documented miss (README): the law fixed by (1)d predicts ~131 K for (3)d, which shows 80 K.
        Assert.InRange(MeanField("3d").Range, 126, 136);
    }
}
