namespace SCOModel.Learning.Regressors;

/// <summary>
/// Grows a least-squares regression tree (CART: Breiman, Friedman, Olshen &amp; Stone 1984): at each node the split
/// (input, threshold midway between neighbouring distinct values) that most reduces the squared error, greedily, to a
/// maximum depth and a minimum number of rows per leaf; a leaf predicts the mean of its rows.
/// </summary>
internal sealed class RegressionTreeBuilder(int maxDepth, int minLeafRows)
{
    private readonly List<int> _feature = [];
    private readonly List<double> _threshold = [];
    private readonly List<int> _left = [];
    private readonly List<int> _right = [];
    private readonly List<double> _value = [];

    public RegressionTree Build(IReadOnlyList<double[]> x, IReadOnlyList<double> target, int[] rows)
    {
        _feature.Clear();
        _threshold.Clear();
        _left.Clear();
        _right.Clear();
        _value.Clear();
        Grow(x, target, rows, 0);
        return new RegressionTree(_feature.ToArray(), _threshold.ToArray(), _left.ToArray(), _right.ToArray(), _value.ToArray());
    }

    private int Grow(IReadOnlyList<double[]> x, IReadOnlyList<double> target, int[] rows, int depth)
    {
        int node = _feature.Count;
        double sum = 0;
        foreach (int r in rows)
        {
            sum += target[r];
        }

        _feature.Add(-1);
        _threshold.Add(0);
        _left.Add(-1);
        _right.Add(-1);
        _value.Add(sum / rows.Length);
        if (depth >= maxDepth || rows.Length < 2 * minLeafRows)
        {
            return node;
        }

        var (feature, threshold, gain) = BestSplit(x, target, rows, sum);
        if (feature < 0 || gain <= 1e-12 * Math.Max(1, Math.Abs(sum)))
        {
            return node;
        }

        var leftRows = rows.Where(r => x[r][feature] <= threshold).ToArray();
        var rightRows = rows.Where(r => x[r][feature] > threshold).ToArray();
        _feature[node] = feature;
        _threshold[node] = threshold;
        _left[node] = Grow(x, target, leftRows, depth + 1);
        _right[node] = Grow(x, target, rightRows, depth + 1);
        return node;
    }

    /// <summary>The split maximising S_L²/n_L + S_R²/n_R − S²/n (the reduction of the squared error).</summary>
    private (int Feature, double Threshold, double Gain) BestSplit(IReadOnlyList<double[]> x, IReadOnlyList<double> target,
        int[] rows, double sum)
    {
        int n = rows.Length;
        int dims = x[rows[0]].Length;
        double parent = sum * sum / n;
        int bestFeature = -1;
        double bestThreshold = 0, bestGain = 0;
        var order = new int[n];
        var keys = new double[n];
        for (int d = 0; d < dims; d++)
        {
            for (int i = 0; i < n; i++)
            {
                order[i] = rows[i];
                keys[i] = x[rows[i]][d];
            }

            Array.Sort(keys, order);
            double leftSum = 0;
            for (int i = 0; i < n - 1; i++)
            {
                leftSum += target[order[i]];
                int leftCount = i + 1;
                if (leftCount < minLeafRows || n - leftCount < minLeafRows || keys[i] == keys[i + 1])
                {
                    continue;
                }

                double rightSum = sum - leftSum;
                double gain = (leftSum * leftSum / leftCount) + (rightSum * rightSum / (n - leftCount)) - parent;
                if (gain > bestGain)
                {
                    bestGain = gain;
                    bestFeature = d;
                    bestThreshold = 0.5 * (keys[i] + keys[i + 1]);
                }
            }
        }

        return (bestFeature, bestThreshold, bestGain);
    }
}
