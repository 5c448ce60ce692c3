using SCOModel.Learning.Datasets;
using SCOModel.MeanField;

namespace SCOModel.Learning.Tests;

/// <summary>The synthetic dataset follows the mean-field physics and is reproducible.</summary>
public sealed class SurrogateDatasetTests
{
    [Fact]
    public void RowsFollowTheMeanFieldAndTheSeedFixesTheTable()
    {
        var rows = SurrogateDataset.Generate(200, 4);
        Assert.Equal(SurrogateDataset.Format(rows), SurrogateDataset.Format(SurrogateDataset.Generate(200, 4)));
        foreach (var r in rows)
        {
            Assert.Equal(1000 * r.DeltaHkJmol / r.DeltaSJmolK, r.THalfK, 6);
            // Hysteresis iff Γ > 2 R T1/2 (PHYSICS.md §2).
            bool loop = r.GammaKJmol * 1000 > 2 * 8.314462618 * r.THalfK;
            Assert.Equal(loop, r.HysteresisK > 0);
        }

        Assert.Contains(rows, r => r.HysteresisK > 0);
        Assert.Contains(rows, r => double.IsNaN(r.SigmaDeg));
        // Longer ⟨D⟩, lower T1/2: the synthetic trend the features are meant to carry.
        var sorted = rows.OrderBy(r => r.MeanDA).ToArray();
        Assert.True(sorted.Take(50).Average(r => r.THalfK) > sorted.TakeLast(50).Average(r => r.THalfK));
        _ = typeof(SlichterDrickamerModel);
    }
}
