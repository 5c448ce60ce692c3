using SCOModel.Core.Configuration;
using SCOModel.Core.Tables;
using SCOModel.Learning.Data;
using SCOModel.Learning.Features;

namespace SCOModel.Learning.Tests;

/// <summary>One-hot, missing values and scaling fitted on training rows only.</summary>
public sealed class FeaturisationTests
{
    private const string Csv = "id,d_A,anion,t\n1,1.9,BF4,100\n2,2.0,PF6,200\n3,,BF4,150\n4,2.1,ClO4,250\n5,5.0,PF6,300\n";

    [Fact]
    public void NumbersAreStandardisedImputedAndFlaggedCategoriesOneHot()
    {
        var set = Support.Training(Csv, "t");
        Assert.Equal(["d_A", "anion"], set.Features.Columns.Select(c => c.Name));
        Assert.Contains(set.Notes, n => n.Contains("'id'", StringComparison.Ordinal));
        var encoding = FeatureEncoding.Fit(set.Features, [0, 1, 2, 3]);
        Assert.Equal(["d_A", "d_A:missing", "anion=BF4", "anion=ClO4", "anion=PF6"], encoding.InputNames);

        double mean = (1.9 + 2.0 + 2.1) / 3, sd = 0.1;
        var x = encoding.Transform(set.Features, [0, 2, 4]);
        Assert.Equal((1.9 - mean) / sd, x[0][0], 9);
        Assert.Equal([0.0, 1, 1, 0, 0], x[1]);                // missing: the mean (0 after scaling) and the flag
        Assert.Equal((5.0 - mean) / sd, x[2][0], 9);          // row 5 was not used for the scaling
        Assert.Equal([0.0, 0, 1], x[2][2..]);
    }

    [Fact]
    public void ScalingIsFittedOnTheTrainingRowsOnly()
    {
        var set = Support.Training(Csv, "t");
        var withoutOutlier = FeatureEncoding.Fit(set.Features, [0, 1, 3]).Columns[0];
        var withOutlier = FeatureEncoding.Fit(set.Features, [0, 1, 3, 4]).Columns[0];
        Assert.Equal(2.0, withoutOutlier.Mean, 12);
        Assert.Equal(0.1, withoutOutlier.Scale, 12);
        Assert.False(withoutOutlier.MissingIndicator);
        Assert.Equal(2.75, withOutlier.Mean, 12);
    }

    [Fact]
    public void AnUnseenCategoryIsAllZerosWithAWarning()
    {
        var set = Support.Training(Csv, "t");
        var encoding = FeatureEncoding.Fit(set.Features, [0, 1, 2, 3, 4]);
        var candidates = LearningTableReader.ReadCandidates(
            CsvTable.Parse("name,anion,d_A\nnew,SbF6,2.0\n", "cand.csv"), encoding.Columns.Select(c => (c.Name, c.Kind)).ToArray());
        var warnings = new List<string>();
        var x = encoding.Transform(candidates, null, warnings);
        Assert.Equal([0.0, 0, 0], x[0][2..]);
        var warning = Assert.Single(warnings);
        Assert.Contains("cand.csv: line 2, column anion: level 'SbF6' was not seen in training", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void ACandidateTableWithoutAFeatureColumnOrWithTextInANumberIsRejected()
    {
        var features = new[] { ("d_A", FeatureKind.Numeric), ("anion", FeatureKind.Categorical) };
        var missing = Assert.Throws<ConfigException>(() =>
            LearningTableReader.ReadCandidates(CsvTable.Parse("anion\nBF4\n", "c.csv"), features));
        Assert.Contains("missing feature column 'd_A'", missing.Message, StringComparison.Ordinal);
        var text = Assert.Throws<ConfigException>(() =>
            LearningTableReader.ReadCandidates(CsvTable.Parse("anion,d_A\nBF4,long\n", "c.csv"), features));
        Assert.Equal("c.csv: line 2, column d_A: expected a number, got 'long'", text.Message);
    }

    [Fact]
    public void RowsWithoutTargetAreSkippedAndCounted()
    {
        var set = Support.Training("x,t\n1,10\n2,\n3,30\n", "t");
        Assert.Equal(2, set.Features.RowCount);
        Assert.Equal(1, set.RowsWithoutTarget);
        Assert.Equal([2, 4], set.Features.Lines);
    }
}
