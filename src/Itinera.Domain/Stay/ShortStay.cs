namespace Itinera.Domain.Stay;

/// <summary>
/// One short stay in the Schengen area: entry day and exit day, both counted (Reg. 2016/399 art 6(1)).
/// A null <paramref name="Exit"/> means the person has not left (yet). Only short stays count: days spent under a
/// residence permit or a long-stay (D) visa must not be passed in (legal-rules.md §6 [S1]).
/// </summary>
public sealed record ShortStay(DateOnly Entry, DateOnly? Exit);
