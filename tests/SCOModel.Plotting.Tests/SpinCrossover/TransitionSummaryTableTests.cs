using SCOModel.Core.Results;
using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Plotting.Tests.SpinCrossover;

public sealed class TransitionSummaryTableTests
{
    [Fact]
    public void RowsCarryUnitsAndSayNotCrossedInsteadOfABlank()
    {
        var rows = TransitionSummaryTable.Rows(new TransitionSummary(206.336, null, 206.336, null, null, null));

        Assert.Equal("206.34 K", rows.Single(r => r.Key.StartsWith("T½↑", StringComparison.Ordinal)).Value);
        Assert.Equal("not crossed", rows.Single(r => r.Key.StartsWith("T½↓", StringComparison.Ordinal)).Value);
        Assert.DoesNotContain(rows, r => r.Key.StartsWith("T_mid", StringComparison.Ordinal));
    }
}
