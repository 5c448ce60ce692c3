namespace SCOModel.Core.Results;

/// <summary>
/// Observables a model adds to the common ones of <see cref="PointResult"/> (lattice parameters, volume, spring
/// elongation, ...), in a fixed order, each named with its unit as results.csv writes it (`a_A`, `volume_A3`).
/// Two sets are equal when they hold the same names and values in the same order.
/// </summary>
public sealed record ModelObservables(IReadOnlyList<(string Name, Estimate Value)> Items)
{
    /// <summary>No extra observables.</summary>
    public static ModelObservables None { get; } = new([]);

    /// <summary>The value of an observable, or null when the set does not hold it.</summary>
    public Estimate? this[string name] => Items.Where(i => i.Name == name).Select(i => (Estimate?)i.Value).FirstOrDefault();

    /// <inheritdoc />
    public bool Equals(ModelObservables? other) => other is not null && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => Items.Count == 0 ? 0 : HashCode.Combine(Items.Count, Items[0]);
}
