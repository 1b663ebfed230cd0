using System.Diagnostics.CodeAnalysis;

namespace Itinera.Domain.LegalClock;

/// <summary>
/// Either a value or a typed expected error. Domain functions return this instead of throwing for errors a user can
/// cause (an extension beyond the legal limit, overlapping stays…); exceptions stay for programming errors.
/// </summary>
/// <remarks><c>default</c> is a failure without an error: always build through <see cref="Success"/> or <see cref="Failure"/>.</remarks>
public readonly record struct Result<TValue, TError>
    where TValue : notnull
    where TError : notnull
{
    private readonly TValue? value;
    private readonly TError? error;

    private Result(TValue? value, TError? error, bool isSuccess)
    {
        this.value = value;
        this.error = error;
        IsSuccess = isSuccess;
    }

    public bool IsSuccess { get; }

    /// <exception cref="InvalidOperationException">The result is a failure.</exception>
    public TValue Value => IsSuccess ? value! : throw new InvalidOperationException($"The result is a failure: {error}.");

    /// <exception cref="InvalidOperationException">The result is a success.</exception>
    public TError Error => !IsSuccess && error is not null ? error : throw new InvalidOperationException("The result has no error.");

    public static Result<TValue, TError> Success(TValue value) => new(value, default, true);

    public static Result<TValue, TError> Failure(TError error) => new(default, error, false);

    /// <summary>True and the value on success; false and the error on failure.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out TValue value, [MaybeNullWhen(true)] out TError error)
    {
        value = this.value;
        error = this.error;
        return IsSuccess;
    }

    public override string ToString() => IsSuccess ? $"Success({value})" : $"Failure({error})";
}
