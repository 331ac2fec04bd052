namespace AgreementDiff.Index;

/// <summary>Thrown when a query cannot be parsed or an index cannot be opened or written.</summary>
/// <param name="message">What went wrong, for a person.</param>
/// <param name="innerException">The Lucene exception behind it, if any.</param>
public sealed class ClauseIndexException(string message, Exception? innerException = null) : Exception(message, innerException);
