namespace SCOModel.Core.Lattices;

/// <summary>
/// A partition of the sites into classes with no bond inside a class, so that all sites of a class can be updated
/// at once. Bipartite graphs get the two-class checkerboard; others a greedy colouring in site order, which is
/// deterministic. The all-to-all lattice is a single class: its coupling goes through the magnetisation, updated
/// site by site.
/// </summary>
public sealed class GraphColouring
{
    private readonly int[][] _classes;

    private GraphColouring(int[][] classes) => _classes = classes;

    /// <summary>Number of colour classes.</summary>
    public int ClassCount => _classes.Length;

    /// <summary>True when the two classes of a bipartite lattice were found (a checkerboard).</summary>
    public bool IsCheckerboard => _classes.Length == 2;

    /// <summary>Sites of one class in increasing order.</summary>
    public ReadOnlySpan<int> Class(int colour) => _classes[colour];

    internal static GraphColouring Of(Lattice lattice)
    {
        int n = lattice.SiteCount;
        if (lattice.IsAllToAll || lattice.BondCount == 0)
        {
            return new GraphColouring([Enumerable.Range(0, n).ToArray()]);
        }

        var colour = TryTwoColour(lattice) ?? GreedyColour(lattice);
        int classCount = colour.Max() + 1;
        var counts = new int[classCount];
        foreach (int c in colour)
        {
            counts[c]++;
        }

        var classes = new int[classCount][];
        for (int c = 0; c < classCount; c++)
        {
            classes[c] = new int[counts[c]];
        }

        var fill = new int[classCount];
        for (int i = 0; i < n; i++)
        {
            classes[colour[i]][fill[colour[i]]++] = i;
        }

        return new GraphColouring(classes);
    }

    private static int[]? TryTwoColour(Lattice lattice)
    {
        int n = lattice.SiteCount;
        var colour = new int[n];
        Array.Fill(colour, -1);
        var queue = new Queue<int>();
        for (int start = 0; start < n; start++)
        {
            if (colour[start] >= 0)
            {
                continue;
            }

            colour[start] = 0;
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                int i = queue.Dequeue();
                foreach (int j in lattice.NeighboursOf(i))
                {
                    if (colour[j] < 0)
                    {
                        colour[j] = 1 - colour[i];
                        queue.Enqueue(j);
                    }
                    else if (colour[j] == colour[i])
                    {
                        return null;
                    }
                }
            }
        }

        return colour;
    }

    private static int[] GreedyColour(Lattice lattice)
    {
        int n = lattice.SiteCount;
        var colour = new int[n];
        Array.Fill(colour, -1);
        var used = new List<bool>();
        for (int i = 0; i < n; i++)
        {
            used.Clear();
            foreach (int j in lattice.NeighboursOf(i))
            {
                int c = colour[j];
                if (c < 0)
                {
                    continue;
                }

                while (used.Count <= c)
                {
                    used.Add(false);
                }

                used[c] = true;
            }

            int free = used.IndexOf(false);
            colour[i] = free < 0 ? used.Count : free;
        }

        return colour;
    }
}
