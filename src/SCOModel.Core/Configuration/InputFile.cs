namespace SCOModel.Core.Configuration;

/// <summary>Reads an input file, turning "cannot read it" into bad input that names the file.</summary>
public static class InputFile
{
    /// <summary>The file's text, or a <see cref="ConfigException"/> saying why it cannot be read.</summary>
    public static string ReadAllText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, "file", $"cannot be read: {e.Message}");
        }
    }
}
