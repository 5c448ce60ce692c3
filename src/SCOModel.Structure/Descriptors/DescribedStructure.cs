namespace SCOModel.Structure.Descriptors;

/// <summary>The descriptors of one structure with the file they came from, as the tables name it.</summary>
public sealed record DescribedStructure(string File, StructureDescriptors Descriptors);
