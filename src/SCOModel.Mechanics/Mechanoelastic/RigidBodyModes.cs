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
    private readonly double[][] _modes;

    private RigidBodyModes(double[][] modes) => _modes = modes;

    /// <summary>The orthonormal modes, each of length Dimension × SiteCount.</summary>
    public IReadOnlyList<double[]> Vectors => _modes;

    /// <summary>The modes of a lattice at the given positions (stride <see cref="MechanoelasticLattice.Dimension"/>).</summary>
    public static RigidBodyModes At(MechanoelasticLattice lattice, ReadOnlySpan<double> positions)
    {
        int n = lattice.SiteCount, d = lattice.Dimension;
        var candidates = new List<double[]>();
        for (int axis = 0; axis < d; axis++)
        {
            var translation = new double[d * n];
            for (int i = 0; i < n; i++)
            {
                translation[d * i + axis] = 1;
            }

            candidates.Add(translation);
        }

        if (lattice.IsOpen)
        {
            var centre = new double[d];
            for (int i = 0; i < n; i++)
            {
                for (int a = 0; a < d; a++)
                {
                    centre[a] += positions[d * i + a] / n;
                }
            }

            // Rotations about the axes through the centroid: about z (the only one in 2D), then x and y in 3D.
            int[] axes = d == 2 ? [2] : [2, 0, 1];
            foreach (int axis in axes)
            {
                var rotation = new double[d * n];
                int p = (axis + 1) % 3, q = (axis + 2) % 3;
                for (int i = 0; i < n; i++)
                {
                    // (ω × r)_p = −r_q, (ω × r)_q = r_p for ω along the axis.
                    rotation[d * i + p] = -(positions[d * i + q] - centre[q]);
                    rotation[d * i + q] = positions[d * i + p] - centre[p];
                }

                candidates.Add(rotation);
            }
        }

        var modes = new List<double[]>();
        foreach (var candidate in candidates)
        {
            double before = Math.Sqrt(Dot(candidate, candidate));
            foreach (var u in modes)
            {
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

                modes.Add(candidate);
            }
        }

        return new RigidBodyModes([.. modes]);
    }

    /// <summary>Removes the rigid-body components from v (v − Σ u (u · v)).</summary>
    public void Project(Span<double> v)
    {
        foreach (var u in _modes)
        {
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
