namespace SCOModel.Plotting.Svg;

/// <summary>The rectangle, in figure pixels, inside which data are drawn.</summary>
internal readonly record struct PlotFrame(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    public double CentreX => Left + (Width / 2);

    public double CentreY => Top + (Height / 2);

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;
}
