using System.Diagnostics.CodeAnalysis;

namespace AgreementDiff.Reading;

/// <summary>The outcome of reading an agreement: the agreement, or the error that stopped the read.</summary>
public sealed class ReadResult
{
    private ReadResult(Agreement? value, AgreementReadException? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>Gets a value indicating whether the read succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Value is not null;

    /// <summary>Gets the agreement, or <see langword="null"/> when the read failed.</summary>
    public Agreement? Value { get; }

    /// <summary>Gets the error, or <see langword="null"/> when the read succeeded.</summary>
    public AgreementReadException? Error { get; }

    /// <summary>Returns the agreement, or throws the error that stopped the read.</summary>
    /// <returns>The agreement.</returns>
    /// <exception cref="AgreementReadException">The read failed.</exception>
    public Agreement GetValueOrThrow() => Success ? Value : throw Error;

    internal static ReadResult ForSuccess(Agreement value) => new(value, null);

    internal static ReadResult ForFailure(AgreementReadException error) => new(null, error);
}
