namespace SCOModel.Core.Lattices;

/// <summary>Builds the neighbour graph of a <see cref="LatticeSpec"/>.</summary>
public static class LatticeBuilder
{
    /// <summary>Smallest periodic length: below it a site would be its own neighbour or bonded twice to another.</summary>
    public const int MinimumPeriodicLength = 3;

    /// <summary>Builds the lattice, or throws <see cref="ArgumentException"/> naming what is wrong with the spec.</summary>
    public static Lattice Build(LatticeSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Validate(spec);
        int n = checked((int)spec.SiteCount);
        if (spec.Kind == LatticeKind.AllToAll)
        {
            return new Lattice(spec, n, new int[n + 1], [], [], i => new SitePosition(i, 0, 0));
        }

        var geometry = BravaisGeometry.For(spec.Kind);
        var cells = CellGrid.Of(spec);
        int basis = geometry.Basis.Length;

        // Two passes over the bonds: count the degrees, then fill the rows. No bond list is ever held in memory.
        var offsets = new int[n + 1];
        ForEachBond(geometry, cells, spec.Boundary, (i, j, _) =>
        {
            offsets[i + 1]++;
            offsets[j + 1]++;
        });
        for (int i = 0; i < n; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var neighbours = new int[offsets[n]];
        var families = new byte[offsets[n]];
        var fill = offsets[..n];
        ForEachBond(geometry, cells, spec.Boundary, (i, j, family) =>
        {
            neighbours[fill[i]] = j;
            families[fill[i]++] = family;
            neighbours[fill[j]] = i;
            families[fill[j]++] = family;
        });

        return new Lattice(spec, n, offsets, neighbours, families, site =>
        {
            var (cell, b) = Math.DivRem(site, basis);
            var (x, y, z) = cells.Coordinates(cell);
            var p = geometry.Basis[b];
            double px = p.X, py = p.Y, pz = p.Z;
            int[] c = [x, y, z];
            for (int axis = 0; axis < geometry.CellVectors.Length; axis++)
            {
                px += c[axis] * geometry.CellVectors[axis].X;
                py += c[axis] * geometry.CellVectors[axis].Y;
                pz += c[axis] * geometry.CellVectors[axis].Z;
            }

            return new SitePosition(px, py, pz);
        });
    }

    private static void Validate(LatticeSpec spec)
    {
        int dimension = LatticeSpec.Dimension(spec.Kind);
        if (spec.Size.Count != dimension)
        {
            throw new ArgumentException(
                $"a {spec.Kind} lattice needs {dimension} size value(s), got {spec.Size.Count}", nameof(spec));
        }

        foreach (int l in spec.Size)
        {
            if (l < 1)
            {
                throw new ArgumentException($"lattice sizes must be at least 1, got {l}", nameof(spec));
            }

            if (spec.Kind != LatticeKind.AllToAll && spec.Boundary == Boundary.Periodic && l < MinimumPeriodicLength)
            {
                throw new ArgumentException(
                    $"periodic lattices need at least {MinimumPeriodicLength} cells along each axis, got {l} " +
                    "(use boundary \"open\" for thinner samples)", nameof(spec));
            }
        }

        if (spec.Kind == LatticeKind.AllToAll && spec.SiteCount < 2)
        {
            throw new ArgumentException("an all-to-all lattice needs at least 2 sites", nameof(spec));
        }

        if (spec.SiteCount > int.MaxValue || spec.AdjacencyEntryCount > int.MaxValue)
        {
            throw new ArgumentException(
                $"{spec.SiteCount} sites with {spec.AdjacencyEntryCount} neighbour entries exceed the 2^31 − 1 " +
                "that one lattice can index", nameof(spec));
        }
    }

    private static void ForEachBond(BravaisGeometry geometry, CellGrid cells, Boundary boundary,
        Action<int, int, byte> visit)
    {
        int basis = geometry.Basis.Length;
        for (int cell = 0; cell < cells.Count; cell++)
        {
            var (x, y, z) = cells.Coordinates(cell);
            foreach (var bond in geometry.Bonds)
            {
                if (!cells.TryOffset(x + bond.Dx, y + bond.Dy, z + bond.Dz, boundary, out int target))
                {
                    continue;
                }

                visit(cell * basis + bond.From, target * basis + bond.To, bond.Family);
            }
        }
    }

    /// <summary>The grid of cells, row-major with x fastest; missing axes have length 1.</summary>
    private readonly record struct CellGrid(int Lx, int Ly, int Lz)
    {
        public int Count => Lx * Ly * Lz;

        public static CellGrid Of(LatticeSpec spec) => new(
            spec.Size[0], spec.Size.Count > 1 ? spec.Size[1] : 1, spec.Size.Count > 2 ? spec.Size[2] : 1);

        public (int X, int Y, int Z) Coordinates(int cell)
        {
            var (yz, x) = Math.DivRem(cell, Lx);
            var (z, y) = Math.DivRem(yz, Ly);
            return (x, y, z);
        }

        public bool TryOffset(int x, int y, int z, Boundary boundary, out int cell)
        {
            cell = -1;
            if (!Wrap(ref x, Lx, boundary) || !Wrap(ref y, Ly, boundary) || !Wrap(ref z, Lz, boundary))
            {
                return false;
            }

            cell = x + Lx * (y + Ly * z);
            return true;
        }

        private static bool Wrap(ref int coordinate, int length, Boundary boundary)
        {
            if (coordinate >= 0 && coordinate < length)
            {
                return true;
            }

            // An axis of length 1 is not an axis of the lattice: a bond along it never exists.
            if (boundary == Boundary.Open || length == 1)
            {
                return false;
            }

            coordinate = ((coordinate % length) + length) % length;
            return true;
        }
    }
}
