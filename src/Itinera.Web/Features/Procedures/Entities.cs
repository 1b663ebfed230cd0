namespace Itinera.Web.Features.Procedures;

/// <summary>
/// A procedure on a dossier (an application examined against a checklist within a legal deadline). Its truth is the
/// list of triggers it accepted (<see cref="Triggers"/>, JSON): replaying them through the domain engine rebuilds
/// it. The other columns are copies for the work queues (state, assignee, next deadline), rewritten at each step.
/// </summary>
public sealed class ProcedureRecord
{
    public Guid Id { get; set; }
    public Guid DossierId { get; set; }
    public required string TypeCode { get; set; }
    public string? VariantCode { get; set; }
    /// <summary>The service whose queue holds it (stay, protection…): the first part of the type code.</summary>
    public required string Service { get; set; }
    public required string State { get; set; }
    public string? AssignedTo { get; set; }
    /// <summary>The earliest open deadline, for sorting the queues.</summary>
    public DateOnly? NextDueDate { get; set; }
    public string? NextDueKind { get; set; }
    public DateOnly LodgedOn { get; set; }
    public string Triggers { get; set; } = "[]";
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
