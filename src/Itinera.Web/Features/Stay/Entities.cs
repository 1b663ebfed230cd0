namespace Itinera.Web.Features.Stay;

/// <summary>Where a recorded stay comes from: the person's word, a stamp in a travel document, a system or a partner.</summary>
public enum StaySource
{
    /// <summary>Declared by the person.</summary>
    Declared = 0,
    /// <summary>Entry and exit stamps in the travel document.</summary>
    EntryExitStamp = 1,
    /// <summary>The Entry/Exit System, Reg. (EU) 2017/2226.</summary>
    Ees = 2,
    Police = 3,
    Vis = 4,
    Other = 5,
}

/// <summary>
/// One short stay of a person in the Schengen area, as recorded on their dossier: the input of the 90/180-day rule
/// (<see cref="Itinera.Domain.Stay.SchengenCalculator"/>). Entry and exit days both count; no exit while the person is
/// still present. Recorded stays of one person never overlap.
/// </summary>
public sealed class RecordedStay
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly Entry { get; set; }
    /// <summary>Null while the person is still present (or the exit is not known yet).</summary>
    public DateOnly? Exit { get; set; }
    public StaySource Source { get; set; }
    public DateOnly RecordedOn { get; set; }
    public string? Note { get; set; }
}
