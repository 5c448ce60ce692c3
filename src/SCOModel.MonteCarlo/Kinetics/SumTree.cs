namespace SCOModel.MonteCarlo.Kinetics;

/// <summary>
/// Non-negative weights of N items in a complete binary tree of partial sums: set one weight in O(log N), find the
/// item at a cumulative position in O(log N). Every internal node is recomputed from its two children on each update
/// (never incremented), so the sums do not drift however many updates a run makes.
/// </summary>
internal sealed class SumTree
{
    private readonly double[] _nodes;
    private readonly int _leaves;

    public SumTree(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _leaves = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)count);
        _nodes = new double[2 * _leaves];
    }

    /// <summary>The sum of all weights.</summary>
    public double Total => _nodes[1];

    /// <summary>The weight of item i.</summary>
    public double this[int i] => _nodes[_leaves + i];

    /// <summary>Sets the weight of item i and the sums above it.</summary>
    public void Set(int i, double weight)
    {
        int node = _leaves + i;
        _nodes[node] = weight;
        for (node >>= 1; node >= 1; node >>= 1)
        {
            _nodes[node] = _nodes[2 * node] + _nodes[(2 * node) + 1];
        }
    }

    /// <summary>Sets every weight at once (the leaves, then each level from the bottom): O(N).</summary>
    public void Rebuild(Func<int, double> weight, int count)
    {
        Array.Clear(_nodes);
        for (int i = 0; i < count; i++)
        {
            _nodes[_leaves + i] = weight(i);
        }

        for (int node = _leaves - 1; node >= 1; node--)
        {
            _nodes[node] = _nodes[2 * node] + _nodes[(2 * node) + 1];
        }
    }

    /// <summary>
    /// The item whose cumulative interval holds position x ∈ [0, Total): descend left while x falls in the left sum.
    /// Rounding can leave x at the very top of the range; the descent then ends on the last item with a weight.
    /// </summary>
    public int Find(double x)
    {
        int node = 1;
        while (node < _leaves)
        {
            double left = _nodes[2 * node];
            if (x < left || _nodes[(2 * node) + 1] <= 0)
            {
                node = 2 * node;
            }
            else
            {
                x -= left;
                node = (2 * node) + 1;
            }
        }

        return node - _leaves;
    }
}
