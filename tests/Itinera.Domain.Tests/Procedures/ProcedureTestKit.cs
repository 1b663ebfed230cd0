using Itinera.Domain.LegalClock;
using Itinera.Domain.Procedures;

namespace Itinera.Domain.Tests.Procedures;

/// <summary>Drives procedures through the engine in tests. "Today" is always passed explicitly.</summary>
internal static class ProcedureTestKit
{
    public const string Clerk = "clerk.anne";
    public const string Officer = "officer.bram";
    public const string Supervisor = "supervisor.chloe";

    public static readonly DateOnly FarFuture = new(2030, 1, 1);

    public static Procedure New(ProcedureType type) => ProcedureEngine.Create("p-1", type.Code).Value;

    /// <summary>Applies the triggers in order; fails the test on the first error.</summary>
    public static Procedure Apply(Procedure procedure, params ProcedureTrigger[] triggers)
    {
        foreach (var trigger in triggers)
        {
            var result = ProcedureEngine.Transition(procedure, trigger, FarFuture);
            Assert.True(result.IsSuccess, $"{trigger.Name} failed: {result}");
            procedure = result.Value;
        }

        return procedure;
    }

    public static ProcedureError Fails(Procedure procedure, ProcedureTrigger trigger, DateOnly? today = null)
    {
        var result = ProcedureEngine.Transition(procedure, trigger, today ?? FarFuture);
        Assert.False(result.IsSuccess, $"{trigger.Name} should have failed in {procedure.State}.");
        return result.Error;
    }

    public static string[] AllDocuments(ProcedureType type, string? variant = null) =>
        [.. type.ChecklistFor(variant).Select(d => d.Code)];

    /// <summary>Lodged complete on <paramref name="on"/>, assigned and under examination.</summary>
    public static Procedure Examined(ProcedureType type, DateOnly on, string? variant = null) => Apply(
        New(type),
        new Lodge(on, Clerk, AllDocuments(type, variant), variant),
        new Complete(on, Clerk),
        new Assign(on, Clerk, Officer),
        new StartExamination(on, Officer));

    public static Procedure Decided(Procedure procedure, DateOnly on, ProcedureOutcome outcome, string? reasons = null) => Apply(
        procedure,
        new Propose(on, Officer, outcome, reasons),
        new Validate(on, Supervisor, IsSupervisor: true));

    public static ProcedureDeadline Deadline(Procedure procedure, string kind, DateOnly today) =>
        Assert.Single(ProcedureDeadlines.For(procedure, today), d => d.Kind == kind);

    public static DeadlineError Inner(ProcedureError error) => Assert.IsType<DeadlineRejected>(error).Inner;
}
