using SCOModel.Structure.Crystal;

namespace SCOModel.Structure.Topology;

/// <summary>
/// The connected components of a periodic graph (atoms of the cell joined by edges that carry a lattice translation)
/// and the dimensionality of each. A breadth-first walk places every atom of a component in one image, its offset o;
/// every edge i → j (image n) that closes a cycle then contributes the lattice vector o(i) + n − o(j), the translation
/// by which going round the cycle moves you. The component is finite (0), a chain (1), a layer (2) or a 3D net (3)
/// according to the rank of these vectors: the same quantity the scoring of Larsen et al., Phys. Rev. Materials 2019, 3,
/// 034003, computes from the images a cluster connects to.
/// </summary>
public sealed class PeriodicComponents
{
    private readonly int[] _component;
    private readonly LatticeTranslation[] _offset;
    private readonly List<List<Vector3D>> _bases;

    private PeriodicComponents(int[] component, LatticeTranslation[] offset, List<List<Vector3D>> bases)
    {
        _component = component;
        _offset = offset;
        _bases = bases;
    }

    /// <summary>The number of components.</summary>
    public int Count => _bases.Count;

    /// <summary>Walks the graph whose edges out of each atom <paramref name="edges"/> lists.</summary>
    public static PeriodicComponents Of(int atomCount, Func<int, IEnumerable<(int Atom, LatticeTranslation Image)>> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var component = Enumerable.Repeat(-1, atomCount).ToArray();
        var offset = new LatticeTranslation[atomCount];
        var bases = new List<List<Vector3D>>();
        for (int root = 0; root < atomCount; root++)
        {
            if (component[root] >= 0)
            {
                continue;
            }

            int id = bases.Count;
            var basis = new List<Vector3D>();
            bases.Add(basis);
            component[root] = id;
            var queue = new Queue<int>();
            queue.Enqueue(root);
            while (queue.Count > 0)
            {
                int i = queue.Dequeue();
                foreach (var (j, n) in edges(i))
                {
                    if (component[j] < 0)
                    {
                        component[j] = id;
                        offset[j] = offset[i] + n;
                        queue.Enqueue(j);
                    }
                    else if (basis.Count < 3)
                    {
                        var cycle = offset[i] + n - offset[j];
                        if (!cycle.IsZero && Rank(basis, cycle.ToVector()) > basis.Count)
                        {
                            basis.Add(cycle.ToVector());
                        }
                    }
                }
            }
        }

        return new PeriodicComponents(component, offset, bases);
    }

    /// <summary>The component of an atom.</summary>
    public int ComponentOf(int atom) => _component[atom];

    /// <summary>The dimensionality (0–3) of an atom's component.</summary>
    public int DimensionalityOf(int atom) => _bases[_component[atom]].Count;

    /// <summary>The largest dimensionality of any component.</summary>
    public int MaxDimensionality => _bases.Count == 0 ? 0 : _bases.Max(b => b.Count);

    /// <summary>
    /// True when atom j in image n belongs to the same molecule (or polymer) as atom i in image 0: same component, and
    /// the translation between them is one the component's own cycles generate.
    /// </summary>
    public bool AreConnected(int i, int j, LatticeTranslation n)
    {
        if (_component[i] != _component[j])
        {
            return false;
        }

        var gap = _offset[i] + n - _offset[j];
        var basis = _bases[_component[i]];
        return gap.IsZero || Rank(basis, gap.ToVector()) == basis.Count;
    }

    /// <summary>The rank of the independent vectors <paramref name="basis"/> with one more vector added.</summary>
    private static int Rank(List<Vector3D> basis, Vector3D v)
    {
        const double Eps = 1e-9;
        return basis.Count switch
        {
            0 => v.Length > Eps ? 1 : 0,
            1 => basis[0].Cross(v).Length > Eps ? 2 : 1,
            2 => Math.Abs(basis[0].Cross(basis[1]).Dot(v)) > Eps ? 3 : 2,
            _ => 3,
        };
    }
}
