using SCOModel.Core.Results;

namespace SCOModel.Core.Tests.Results;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sco-atomic-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void WritesTheTextAndLeavesNoTemporaryFile()
    {
        string path = Path.Combine(_directory, "results.csv");
        AtomicFile.WriteAllText(path, "a,b\n1,2\n");
        Assert.Equal("a,b\n1,2\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public void CreatesMissingDirectories()
    {
        string path = Path.Combine(_directory, "deep", "er", "run.json");
        AtomicFile.WriteAllText(path, "{}");
        Assert.Equal("{}", File.ReadAllText(path));
    }

    [Fact]
    public void ReplacesAnExistingFileWhole()
    {
        string path = Path.Combine(_directory, "summary.json");
        AtomicFile.WriteAllText(path, new string('x', 10_000));
        AtomicFile.WriteAllText(path, "short");
        Assert.Equal("short", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public void WritesUtf8WithoutByteOrderMark()
    {
        string path = Path.Combine(_directory, "unicode.txt");
        AtomicFile.WriteAllText(path, "Δ = 1000 K, 2^31 − 1");
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("Δ = 1000 K, 2^31 − 1", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void FailedWriteLeavesTheOldFileAndNoTemporary()
    {
        // The target is a directory: the final rename fails, the temporary file must be cleaned up.
        string path = Path.Combine(_directory, "occupied");
        Directory.CreateDirectory(path);
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "data"));
        Assert.Empty(Directory.GetFiles(_directory));
        Assert.True(Directory.Exists(path));
    }
}
