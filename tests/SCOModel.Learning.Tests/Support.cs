using SCOModel.Core.Tables;
using SCOModel.Learning.Data;

namespace SCOModel.Learning.Tests;

/// <summary>Small tables made in the tests.</summary>
internal static class Support
{
    public static TrainingSet Training(string csv, string target, string? group = null, string[]? features = null) =>
        LearningTableReader.ReadTraining(CsvTable.Parse(csv, "data.csv"), target, group, features);
}
