namespace Itinera.Web.Features.Correspondence;

public enum DocumentDirection { Incoming = 0, Outgoing = 1, Internal = 2 }

public enum DocumentKind { Letter = 0, Email = 1, Form = 2, Annex = 3, Decision = 4, Evidence = 5, IdentityCopy = 6, PoliceReport = 7, CourtDocument = 8, Other = 9 }

/// <summary>The document register (courrier entrant/sortant): metadata here, content on disk by SHA-256.</summary>
public sealed class RegisteredDocument
{
    public Guid Id { get; set; }
    public Guid DossierId { get; set; }
    /// <summary>Register number: year and sequence in the dossier, e.g. 2026/3.</summary>
    public int Sequence { get; set; }
    public DocumentDirection Direction { get; set; }
    public DocumentKind Kind { get; set; }
    public required string Title { get; set; }
    /// <summary>Sender for incoming, recipient for outgoing.</summary>
    public string? Correspondent { get; set; }
    /// <summary>Date on which the document was received or sent.</summary>
    public DateOnly DocumentDate { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public required string RegisteredBy { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }
    /// <summary>Lower-case hex SHA-256 of the content, the key in the document store.</summary>
    public string? ContentSha256 { get; set; }
}
