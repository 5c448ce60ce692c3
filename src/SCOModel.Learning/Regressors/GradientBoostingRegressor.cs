namespace SCOModel.Learning.Regressors;

/// <summary>
/// Gradient-boosted regression trees on the squared loss (Friedman, "Greedy function approximation: a gradient
/// boosting machine", Ann. Statist. 29, 1189 (2001), Algorithm 2 "LS_Boost"), with shrinkage ν and, per round, a random
/// subsample of the rows (stochastic gradient boosting: Friedman, Comput. Stat. Data Anal. 38, 367 (2002)).
/// <para>
/// Uncertainty: an ensemble of independently seeded boosted models, each fitted on a bootstrap resample of the rows.
/// The predictive variance is the spread of the members' predictions (how much the fit depends on the sample) plus
/// the mean squared out-of-bag residual (the noise the trees cannot explain, estimated on rows each member did not
/// see). It is a heuristic, not a posterior: check its calibration (the 95 % coverage in the cross-validation).
/// </para>
/// </summary>
public sealed class GradientBoostingRegressor : IRegressor
{
    public const string Name = "gbt";

    public GradientBoostingRegressor(int seed = 0, int rounds = 300, double learningRate = 0.1, int maxDepth = 3,
        int minLeafRows = 3, double subsample = 0.8, int members = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minLeafRows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        if (!(learningRate > 0 && learningRate <= 1) || !(subsample > 0 && subsample <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), "learning rate and subsample must lie in (0, 1]");
        }

        Seed = seed;
        Rounds = rounds;
        LearningRate = learningRate;
        MaxDepth = maxDepth;
        MinLeafRows = minLeafRows;
        Subsample = subsample;
        Members = members;
    }

    public int Seed { get; }

    public int Rounds { get; }

    /// <summary>The shrinkage ν applied to every tree.</summary>
    public double LearningRate { get; }

    public int MaxDepth { get; }

    public int MinLeafRows { get; }

    /// <summary>The fraction of the (bootstrap) rows each round's tree is grown on.</summary>
    public double Subsample { get; }

    /// <summary>The ensemble size; 1 gives a single boosted model with the training residual variance.</summary>
    public int Members { get; }

    public string Kind => Name;

    public IRegressionModel Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = y.Count;
        if (n < 2 || x.Count != n)
        {
            throw new ArgumentException("need one input row per target and at least two rows", nameof(x));
        }

        var random = new Random(Seed);
        var builder = new RegressionTreeBuilder(MaxDepth, MinLeafRows);
        var members = new List<BoostedTrees>();
        double squaredResiduals = 0;
        int residualCount = 0;
        for (int m = 0; m < Members; m++)
        {
            int[] sample = Members == 1 ? Enumerable.Range(0, n).ToArray()
                : Enumerable.Range(0, n).Select(_ => random.Next(n)).ToArray();
            var member = Boost(x, y, sample, builder, random);
            members.Add(member);
            var inBag = new HashSet<int>(sample);
            for (int i = 0; i < n; i++)
            {
                if (Members == 1 || !inBag.Contains(i))
                {
                    double e = y[i] - member.Predict(x[i]);
                    squaredResiduals += e * e;
                    residualCount++;
                }
            }
        }

        double noise = residualCount > 0 ? squaredResiduals / residualCount : 0;
        return new GradientBoostingModel(members, noise, new GradientBoostingSettings(Rounds, LearningRate, MaxDepth,
            MinLeafRows, Subsample, Members, Seed));
    }

    private BoostedTrees Boost(IReadOnlyList<double[]> x, IReadOnlyList<double> y, int[] sample, RegressionTreeBuilder builder,
        Random random)
    {
        double initial = sample.Average(i => y[i]);
        var current = new double[x.Count];
        Array.Fill(current, initial);
        var residual = new double[x.Count];
        var trees = new List<RegressionTree>(Rounds);
        int take = Math.Max(2 * MinLeafRows, (int)Math.Round(Subsample * sample.Length));
        take = Math.Min(take, sample.Length);
        var pool = (int[])sample.Clone();
        for (int round = 0; round < Rounds; round++)
        {
            foreach (int i in sample)
            {
                residual[i] = y[i] - current[i];
            }

            // A partial Fisher–Yates shuffle draws the round's subsample without replacement.
            for (int k = 0; k < take; k++)
            {
                int j = k + random.Next(pool.Length - k);
                (pool[k], pool[j]) = (pool[j], pool[k]);
            }

            var tree = builder.Build(x, residual, pool[..take]);
            trees.Add(tree);
            foreach (int i in sample)
            {
                current[i] += LearningRate * tree.Predict(x[i]);
            }
        }

        return new BoostedTrees(initial, LearningRate, trees);
    }
}
