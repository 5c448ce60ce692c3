using System.Text.Json.Serialization;

namespace SCOModel.Core.Protocols;

/// <summary>
/// Equilibrium n_HS(T) of a strongly first-order system, where a loop only shows the metastable branches and a plain
/// scan keeps whichever phase it started in: all temperatures are sampled together by an equilibrium sampler. With
/// parallel tempering the temperatures (each interval optionally divided into <see cref="LadderSubdivisions"/> steps)
/// form the ladder of replicas that exchange configurations every <see cref="ExchangeEvery"/> sweeps.
/// </summary>
/// <remarks>
/// <see cref="Protocol.EquilibrationSweeps"/> and <see cref="Protocol.SweepsPerPoint"/> count sweeps of the whole
/// ladder (every temperature is swept once per ladder sweep). Every temperature is one point of a single path on the
/// <see cref="Branch.Equilibrium"/> branch, in ascending order.
/// </remarks>
/// <param name="TemperaturesK">The reported temperatures (sorted ascending and made distinct by the reader).</param>
/// <param name="PressureGPa">Constant pressure.</param>
public sealed record EquilibriumScan(IReadOnlyList<double> TemperaturesK, double PressureGPa = 0) : Protocol
{
    /// <summary>The equilibrium sampler.</summary>
    public EquilibriumSampler Sampler { get; init; } = EquilibriumSampler.ParallelTempering;

    /// <summary>
    /// Wang–Landau only: the modification factor ln f at which the density of states is final. ln f starts at 1, is
    /// halved whenever the histogram is flat and follows 1/t (Belardinelli and Pereyra 2007) once it falls below it;
    /// the statistical error of ln g scales as √(ln f_final). Ignored by parallel tempering.
    /// </summary>
    public double FinalLnF { get; init; } = 1e-6;

    /// <summary>Ladder sweeps between two exchange rounds (each round tries the even pairs, the next the odd ones).</summary>
    public int ExchangeEvery { get; init; } = 1;

    /// <summary>Ladder steps per interval of the reported temperatures: 1 uses them as they are; k inserts k − 1
    /// equally spaced extra rungs in each interval (sampled, not reported), for a ladder dense enough to exchange.</summary>
    public int LadderSubdivisions { get; init; } = 1;

    /// <summary>The ladder of the sampler: the reported temperatures with the extra rungs, ascending.</summary>
    [JsonIgnore]
    public IReadOnlyList<double> Ladder
    {
        get
        {
            var sorted = TemperaturesK.Order().ToArray();
            var ladder = new List<double>();
            for (int k = 0; k < sorted.Length; k++)
            {
                ladder.Add(sorted[k]);
                if (k + 1 < sorted.Length)
                {
                    for (int s = 1; s < LadderSubdivisions; s++)
                    {
                        ladder.Add(sorted[k] + ((sorted[k + 1] - sorted[k]) * s / LadderSubdivisions));
                    }
                }
            }

            return ladder;
        }
    }

    /// <inheritdoc />
    public override IReadOnlyList<ControlPath> Paths() =>
    [
        new ControlPath([new PathSegment(
            Branch.Equilibrium,
            TemperaturesK.Order().Select(t => new ControlPoint(t, PressureGPa)).ToArray())]),
    ];
}

/// <summary>How an <see cref="EquilibriumScan"/> samples equilibrium.</summary>
public enum EquilibriumSampler
{
    /// <summary>Replica exchange between neighbouring temperatures of a ladder (parallel tempering).</summary>
    ParallelTempering,

    /// <summary>
    /// Wang–Landau estimate of the joint density of states g(Σ s s, M), reweighted to every temperature (Ising-like
    /// models with one uniform coupling and no long-range term, at most 1024 sites).
    /// </summary>
    WangLandau,
}
