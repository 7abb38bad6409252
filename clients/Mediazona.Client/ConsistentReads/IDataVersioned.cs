namespace Mediazona.Client;

/// <summary>A statistics answer: it says which version of the projection it was computed from.</summary>
public interface IDataVersioned
{
    /// <summary>The projection's data version the answer describes.</summary>
    long DataVersion { get; }
}
