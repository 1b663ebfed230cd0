namespace Itinera.Domain.Persons;

/// <summary>A contradiction between a valid identifier and the person's recorded data.</summary>
public enum IdentifierInconsistency
{
    /// <summary>The birth date in the number cannot be the recorded birth date (the ranges do not overlap).</summary>
    BirthDate = 0,

    /// <summary>The number encodes a sex that differs from the recorded (known) sex.</summary>
    Sex = 1,
}
