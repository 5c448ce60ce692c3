namespace SCOModel.MonteCarlo.Kinetics;

/// <summary>
/// The sites in one spin state, for drawing one uniformly (photo-excitation acts on every LS molecule alike): a dense
/// list with each site's position, so that adding, removing and drawing are O(1).
/// </summary>
internal sealed class SiteSet
{
    private readonly int[] _items;
    private readonly int[] _position;

    public SiteSet(int capacity)
    {
        _items = new int[capacity];
        _position = new int[capacity];
        Array.Fill(_position, -1);
    }

    public int Count { get; private set; }

    public int this[int k] => _items[k];

    public void Add(int site)
    {
        _position[site] = Count;
        _items[Count++] = site;
    }

    public void Remove(int site)
    {
        int at = _position[site];
        int last = _items[--Count];
        _items[at] = last;
        _position[last] = at;
        _position[site] = -1;
    }
}
