namespace Itinera.Domain.LegalClock;

/// <summary>One Belgian legal public holiday in a given year, with its name in French, Dutch and English.</summary>
public sealed record PublicHoliday(DateOnly Date, BelgianHoliday Holiday, LocalizedText Name);
