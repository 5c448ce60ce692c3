using SCOModel.Core.Configuration;
using SCOModel.Core.Tables;

namespace SCOModel.Core.Tests.Tables;

/// <summary>
/// The numeric CSV reader: columns by name, invariant-culture numbers, optional columns with empty cells, and every
/// error a ConfigException whose location names the line and the column.
/// </summary>
public class CsvTableTests
{
    private const string Source = "data.csv";

    private static ConfigException Refuse(Func<CsvTable, object?> read, string text)
    {
        var error = Assert.Throws<ConfigException>(() => read(CsvTable.Parse(text, Source)));
        Assert.Equal(Source, error.Source);
        Assert.Equal($"{Source}: {error.Location}: {error.Problem}", error.Message);
        return error;
    }

    [Fact]
    public void ReadsColumnsByNameInAnyOrder()
    {
        var table = CsvTable.Parse("n_hs,temperature_K\n0.1,150\n0.9,250.5\n", Source);
        Assert.Equal(["n_hs", "temperature_K"], table.Columns);
        Assert.Equal(2, table.RowCount);
        Assert.Equal([150, 250.5], table.Numbers("temperature_K"));
        Assert.Equal([0.1, 0.9], table.Numbers("n_hs"));
    }

    [Fact]
    public void ColumnNamesMatchCaseInsensitively()
    {
        var table = CsvTable.Parse("Temperature_K,N_HS\n150,0.1\n", Source);
        Assert.True(table.HasColumn("temperature_K"));
        Assert.Equal([0.1], table.Numbers("n_hs"));
    }

    [Fact]
    public void ParsesNumbersWithTheInvariantCultureIncludingExponents()
    {
        var table = CsvTable.Parse("x\n-1.5e-3\n+2E2\n 3 \n", Source);
        Assert.Equal([-1.5e-3, 200, 3], table.Numbers("x"));
    }

    [Fact]
    public void SkipsBlankAndCommentLinesAndToleratesCrLfAndBom()
    {
        var table = CsvTable.Parse("\uFEFF# measured on heating\r\n\r\ntemperature_K,n_hs\r\n# a comment\r\n150,0.1\r\n\r\n", Source);
        Assert.Equal(1, table.RowCount);
        Assert.Equal(5, table.LineOf(0));
    }

    [Fact]
    public void OptionalColumnIsNullWhenAbsentAndEmptyCellsAreNull()
    {
        var table = CsvTable.Parse("temperature_K,chiT,chiT_stderr\n150,0.2,\n160,0.3,0.01\n", Source);
        Assert.Null(table.OptionalNumbers("n_hs"));
        Assert.Equal([null, 0.01], table.OptionalNumbers("chiT_stderr")!);
        Assert.Null(table.OptionalTexts("branch"));
    }

    [Fact]
    public void ReadsTextColumnsAndQuotedCells()
    {
        var table = CsvTable.Parse("branch,note,temperature_K\nheating,\"a, \"\"quoted\"\" note\",150\n cooling ,plain,140\n", Source);
        Assert.Equal(["heating", "cooling"], table.OptionalTexts("branch")!);
        Assert.Equal(["a, \"quoted\" note", "plain"], table.OptionalTexts("note")!);
        Assert.Equal([150, 140], table.Numbers("temperature_K"));
    }

    [Theory]
    [InlineData("temperature_K;n_hs\n150;0.1\n")]
    [InlineData("temperature_K\tn_hs\n150\t0.1\n")]
    public void SemicolonAndTabSeparatedFilesAreRead(string text)
    {
        var table = CsvTable.Parse(text, Source);
        Assert.Equal([0.1], table.Numbers("n_hs"));
    }

    [Fact]
    public void ANonNumberNamesTheLineAndTheColumn()
    {
        var error = Refuse(t => t.Numbers("n_hs"), "temperature_K,n_hs\n150,0.1\n# comment\n\n160,0.2\n170,0.3\n180,abc\n");
        Assert.Equal("line 7, column n_hs", error.Location);
        Assert.Equal("expected a number, got 'abc'", error.Problem);
        Assert.Equal("data.csv: line 7, column n_hs: expected a number, got 'abc'", error.Message);
    }

    [Fact]
    public void ADecimalCommaGetsAHint()
    {
        var error = Refuse(t => t.Numbers("n_hs"), "temperature_K;n_hs\n150;0,5\n");
        Assert.Equal("line 2, column n_hs", error.Location);
        Assert.Contains("'0,5'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("decimal point", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyCellInARequiredColumnIsRefused()
    {
        var error = Refuse(t => t.Numbers("temperature_K"), "temperature_K,n_hs\n150,0.1\n,0.2\n");
        Assert.Equal("line 3, column temperature_K", error.Location);
        Assert.Contains("empty cell", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void NonFiniteNumbersAreRefused(string cell)
    {
        var error = Refuse(t => t.Numbers("x"), $"x\n{cell}\n");
        Assert.Equal("line 2, column x", error.Location);
        Assert.Contains("finite", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingColumnIsNamedWithTheHeaderLine()
    {
        var error = Refuse(t => t.Numbers("n_hs"), "# header follows\ntemperature_K,chiT\n150,3\n");
        Assert.Equal("line 2", error.Location);
        Assert.Contains("missing column 'n_hs'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("temperature_K, chiT", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowWithTheWrongNumberOfCellsIsRefused()
    {
        var error = Refuse(_ => null, "temperature_K,n_hs\n150,0.1\n160,0.2,7\n");
        Assert.Equal("line 3", error.Location);
        Assert.Contains("expected 2 cells", error.Problem, StringComparison.Ordinal);
        Assert.Contains("got 3", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "line 1", "empty")]
    [InlineData("# only a comment\n", "line 1", "empty")]
    [InlineData("a,,b\n1,2,3\n", "line 1", "column 2 of the header has no name")]
    [InlineData("a,A\n1,2\n", "line 1", "'A' appears twice")]
    [InlineData("a,b\n\"1,2\n", "line 2", "not closed")]
    public void MalformedFilesAreRefused(string text, string location, string problem)
    {
        var error = Refuse(_ => null, text);
        Assert.Equal(location, error.Location);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UsersOfTheTableLocateTheirOwnChecks()
    {
        var table = CsvTable.Parse("temperature_K,branch\n150,heating\n160,sideways\n", Source);
        var error = table.Error(1, "BRANCH", "expected heating or cooling, got 'sideways'");
        Assert.Equal("data.csv: line 3, column branch: expected heating or cooling, got 'sideways'", error.Message);
        Assert.Equal("line 1", table.HeaderError("no rows").Location);
    }

    [Fact]
    public void AMissingFileIsAConfigException()
    {
        string path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv");
        var error = Assert.Throws<ConfigException>(() => CsvTable.ReadFile(path));
        Assert.Equal(path, error.Source);
        Assert.Contains("cannot be read", error.Problem, StringComparison.Ordinal);
    }
}
