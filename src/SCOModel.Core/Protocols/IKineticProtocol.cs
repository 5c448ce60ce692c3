namespace SCOModel.Core.Protocols;

/// <summary>
/// A protocol that exists only in physical time (irradiation, relaxation, T(LIESST), LITH): it has no sweep counts,
/// and its configs neither take nor write them.
/// </summary>
public interface IKineticProtocol;
