namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The motions that cost no elastic energy and make the stiffness matrix singular: the translations (two in 2D, three
/// in 3D), and for an open sample the infinitesimal rotations about the centroid (one in 2D, three in 3D: ω × (r − c)
/// for ω along each axis). Kept as an orthonormal set (Gram–Schmidt, dropping a rotation that adds nothing, as about
/// the axis of a straight chain); <see cref="Project"/> removes them from a vector, which is how the Newton relaxation
/// pins the sample without fixing any molecule.
/// </summary>
internal sealed class RigidBodyModes
{
    private readonly MechanoelasticLattice _lattice;
    private readonly double[][] _candidates;
    private readonly double[][] _modes;
    private int _count;

    /// <summary>Buffers for the modes of a lattice; <see cref="Update"/> fills them for given positions.</summary>
    public RigidBodyModes(MechanoelasticLattice lattice)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        _lattice = lattice;
        int d = lattice.Dimension;
        int count = d + (lattice.IsOpen ? (d == 2 ? 1 : 3) : 0);
        _candidates = Enumerable.Range(0, count).Select(_ => new double[d * lattice.SiteCount]).ToArray();
        _modes = new double[count][];
    }

    /// <summary>The orthonormal modes, each of length Dimension × SiteCount.</summary>
    public IReadOnlyList<double[]> Vectors => _modes[.._count];

    /// <summary>The modes of a lattice at the given positions (stride <see cref="MechanoelasticLattice.Dimension"/>).</summary>
    public static RigidBodyModes At(MechanoelasticLattice lattice, ReadOnlySpan<double> positions)
    {
        var modes = new RigidBodyModes(lattice);
        modes.Update(positions);
        return modes;
    }

    /// <summary>
    /// Recomputes the modes at the given positions in the buffers (the relaxation after every Monte Carlo step does
    /// this once, so the buffers are reused rather than allocated each time).
    /// </summary>
    public void Update(ReadOnlySpan<double> positions)
    {
        int n = _lattice.SiteCount, d = _lattice.Dimension;
        for (int axis = 0; axis < d; axis++)
        {
            var translation = _candidates[axis];
            Array.Clear(translation);
            for (int i = 0; i < n; i++)
            {
                translation[d * i + axis] = 1;
            }
        }

        if (_lattice.IsOpen)
        {
            Span<double> centre = stackalloc double[d];
            centre.Clear();
            for (int i = 0; i < n; i++)
            {
                for (int a = 0; a < d; a++)
                {
                    centre[a] += positions[d * i + a] / n;
                }
            }

            // Rotations about the axes through the centroid: about z (the only one in 2D), then x and y in 3D.
            ReadOnlySpan<int> axes = d == 2 ? [2] : [2, 0, 1];
            for (int r = 0; r < axes.Length; r++)
            {
                var rotation = _candidates[d + r];
                Array.Clear(rotation);
                int p = (axes[r] + 1) % 3, q = (axes[r] + 2) % 3;
                for (int i = 0; i < n; i++)
                {
                    // (ω × r)_p = −r_q, (ω × r)_q = r_p for ω along the axis.
                    rotation[d * i + p] = -(positions[d * i + q] - centre[q]);
                    rotation[d * i + q] = positions[d * i + p] - centre[p];
                }
            }
        }

        _count = 0;
        foreach (var candidate in _candidates)
        {
            double before = Math.Sqrt(Dot(candidate, candidate));
            for (int m = 0; m < _count; m++)
            {
                var u = _modes[m];
                double dot = Dot(u, candidate);
                for (int k = 0; k < candidate.Length; k++)
                {
                    candidate[k] -= dot * u[k];
                }
            }

            double norm = Math.Sqrt(Dot(candidate, candidate));
            if (norm > 1e-9 * before)
            {
                for (int k = 0; k < candidate.Length; k++)
                {
                    candidate[k] /= norm;
                }

                _modes[_count++] = candidate;
            }
        }
    }

    /// <summary>Removes the rigid-body components from v (v − Σ u (u · v)).</summary>
    public void Project(Span<double> v)
    {
        for (int m = 0; m < _count; m++)
        {
            var u = _modes[m];
            double dot = 0;
            for (int k = 0; k < v.Length; k++)
            {
                dot += u[k] * v[k];
            }

            for (int k = 0; k < v.Length; k++)
            {
                v[k] -= dot * u[k];
            }
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }
}
