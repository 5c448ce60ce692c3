using SCOModel.Core.Configuration;
using SCOModel.Core.Models;
using SCOModel.MonteCarlo.Kernels;

namespace SCOModel.MonteCarlo.Tests.Kernels;

/// <summary>The check every vectorised kernel must pass: the same trajectory as the scalar kernel, bit for bit.</summary>
internal static class KernelAgreement
{
    /// <summary>
    /// Sweeps both walkers through the ordered phase, T_eq and above, with field of both signs
    /// (h = (T ln g − Δ)/2), comparing spins and tracked moments after every sweep, and the moments with a fresh
    /// measurement at the end.
    /// </summary>
    public static void AssertSameTrajectory(ReplicaWalker vector, ReplicaWalker scalar, IsingLikeModel model, UpdateRule rule)
    {
        foreach (double t in new[] { 60.0, 150, 200, 260, 600 })
        {
            var conditions = SweepConditions.At(model, t, 0, rule);
            Assert.NotNull(conditions.Table);
            for (int sweep = 0; sweep < 4; sweep++)
            {
                vector.Sweep(conditions);
                scalar.Sweep(conditions);
                Assert.True(vector.Spins.SequenceEqual(scalar.Spins), $"configurations differ at T = {t}, sweep {sweep}");
                Assert.Equal(scalar.Moments, vector.Moments);
            }
        }

        Assert.Equal(model.Measure(vector.Spins.ToArray()), vector.Moments);
    }
}
