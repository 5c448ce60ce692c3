namespace SCOModel.Plotting.Export;

/// <summary>A raster export that could not be done: converter missing, failed, timed out or produced no PNG.</summary>
public sealed class RasterExportException : Exception
{
    /// <summary>An exception with a message.</summary>
    public RasterExportException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message and its cause.</summary>
    public RasterExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An exception without details (for serialisers and frameworks).</summary>
    public RasterExportException()
    {
    }
}
