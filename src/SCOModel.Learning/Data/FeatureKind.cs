namespace SCOModel.Learning.Data;

/// <summary>How an input column is read and encoded.</summary>
public enum FeatureKind
{
    /// <summary>Numbers: imputed with the training mean where missing, then standardised.</summary>
    Numeric,

    /// <summary>Text levels: one-hot encoded over the levels seen in training.</summary>
    Categorical,
}
