namespace SCOModel.Learning.Persistence;

/// <summary>Where a model's training data came from: the file's name and SHA-256, and the rows used and skipped.</summary>
public sealed record TrainingProvenance(string File, string Sha256, int Rows, int RowsWithoutTarget)
{
    /// <summary>The SHA-256 of a file's bytes, lower-case hex.</summary>
    public static string HashOf(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(path)));
}
