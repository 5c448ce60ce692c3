namespace SCOModel.MeanField.Fitting;

/// <summary>Where a <see cref="VolumeChange"/> came from.</summary>
public enum VolumeChangeSource
{
    /// <summary>Given directly, per molecule.</summary>
    Given,

    /// <summary>From the unit-cell volumes of the LS and HS phases and the molecules per cell.</summary>
    CellVolumes,
}
