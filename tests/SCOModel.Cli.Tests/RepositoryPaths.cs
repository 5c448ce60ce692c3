namespace SCOModel.Cli.Tests;

/// <summary>Where the repository's own files (examples/, the sln) are, seen from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SCOModel.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("SCOModel.sln not found above the test binaries");
        }
    }

    public static string Examples => Path.Combine(Root, "examples");
}
