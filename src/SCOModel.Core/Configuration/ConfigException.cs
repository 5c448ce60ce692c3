namespace SCOModel.Core.Configuration;

/// <summary>
/// Bad input: names the file, the place in it (a JSON path such as $.model.lattice.kind, or a line) and what was
/// expected. The CLI turns it into exit code 2.
/// </summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string source, string location, string problem)
        : base($"{source}: {location}: {problem}")
    {
        Source = source;
        Location = location;
        Problem = problem;
    }

    public ConfigException()
    {
        Source = Location = Problem = string.Empty;
    }

    public ConfigException(string message)
        : base(message)
    {
        Source = Location = Problem = string.Empty;
    }

    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = Location = Problem = string.Empty;
    }

    /// <summary>The file (or "config") the problem is in.</summary>
    public new string Source { get; }

    /// <summary>Where in it: a JSON path or a line.</summary>
    public string Location { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; }
}
