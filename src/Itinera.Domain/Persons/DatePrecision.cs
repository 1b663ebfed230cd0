namespace Itinera.Domain.Persons;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year = 0,

    /// <summary>Year and month are known.</summary>
    Month = 1,

    /// <summary>The full calendar date is known.</summary>
    Day = 2,
}
