using SCOModel.Core.Protocols;

namespace SCOModel.MeanField;

/// <summary>
/// Model values along a measured branch (PHYSICS.md §2, DESIGN.md "Protocols are engine-agnostic"): a heating branch is
/// walked up in temperature from all LS, a cooling branch down from all HS (an infinitely slow experiment, so each
/// point lies on the branch that is reached continuously, metastable ones included), and scan points each take the
/// equilibrium state. The values come back in the order the temperatures were given.
/// </summary>
internal static class BranchWalk
{
    public static TValue[] Evaluate<TState, TValue>(
        IReadOnlyList<double> temperaturesK,
        Branch branch,
        TState allLowSpin,
        TState allHighSpin,
        Func<TState, double, TState> relax,
        Func<double, TState> equilibrium,
        Func<TState, TValue> observe)
    {
        var values = new TValue[temperaturesK.Count];
        if (branch == Branch.Scan)
        {
            for (int k = 0; k < values.Length; k++)
            {
                values[k] = observe(equilibrium(temperaturesK[k]));
            }

            return values;
        }

        var order = Enumerable.Range(0, values.Length).OrderBy(k => temperaturesK[k]).ToArray();
        if (branch == Branch.Cooling)
        {
            Array.Reverse(order);
        }

        var state = branch == Branch.Heating ? allLowSpin : allHighSpin;
        foreach (int k in order)
        {
            state = relax(state, temperaturesK[k]);
            values[k] = observe(state);
        }

        return values;
    }
}
