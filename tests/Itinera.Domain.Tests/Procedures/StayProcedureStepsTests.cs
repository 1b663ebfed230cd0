using Itinera.Domain.LegalClock;
using Itinera.Domain.Procedures;
using static Itinera.Domain.Tests.Procedures.ProcedureTestKit;

namespace Itinera.Domain.Tests.Procedures;

public class StayProcedureStepsTests
{
    private static readonly DateOnly April1 = new(2026, 4, 1);

    [Fact]
    public void ShortStayVisa_ConsultedStatesReplyWithinSevenDays_Unconfirmed()
    {
        var p = Apply(Examined(ProcedureTypes.ShortStayVisa, April1), new ConsultSchengenStates(April1, Officer, ["fr", "DE"]));
        Assert.Equal(ProcedureState.AwaitingConsultation, p.State);

        var replies = ProcedureDeadlines.For(p, April1).Where(d => d.Kind == DeadlineKinds.ConsultationReply).ToList();
        Assert.Equal(["FR", "DE"], replies.Select(r => r.Subject));
        Assert.All(replies, r =>
        {
            Assert.Equal(new DateOnly(2026, 4, 8), r.DueDate);
            Assert.True(r.Unconfirmed);
            Assert.Equal(ExpiryConsequence.SilenceMeansAcceptance, r.ConsequenceAtExpiry);
        });

        p = Apply(p, new RecordConsultationReply(new(2026, 4, 3), Officer, "FR", Objects: false));
        Assert.Equal(ProcedureState.AwaitingConsultation, p.State);
        Assert.Equal(["DE"], Assert.IsType<ConsultationPending>(Fails(p, new ResumeExamination(new(2026, 4, 8), Officer))).States);

        p = Apply(p, new ResumeExamination(new(2026, 4, 9), Officer)); // Germany silent: no objection
        Assert.Equal(ProcedureState.UnderExamination, p.State);
        Assert.Equal(DeadlineStatus.Met, ProcedureDeadlines.For(p, new(2026, 4, 9)).Single(d => d.Subject == "FR").Status);
    }

    [Fact]
    public void ShortStayVisa_AllRepliesIn_ResumesExamination_ObjectionBlocksAGrant()
    {
        var p = Apply(Examined(ProcedureTypes.ShortStayVisa, April1),
            new ConsultSchengenStates(April1, Officer, ["NL"]),
            new RecordConsultationReply(new(2026, 4, 2), Officer, "NL", Objects: true));
        Assert.Equal(ProcedureState.UnderExamination, p.State);
        Assert.Equal(["NL"], Assert.IsType<GrantBlockedByObjection>(Fails(p, new Propose(new(2026, 4, 2), Officer, ProcedureOutcome.Granted))).States);
        Assert.Equal(ProcedureState.ProposalWritten, Apply(p, new Propose(new(2026, 4, 2), Officer, ProcedureOutcome.Refused, "Objection of a consulted state.")).State);
    }

    [Fact]
    public void ShortStayVisa_ConsultationErrors_AreTyped()
    {
        var p = Apply(Examined(ProcedureTypes.ShortStayVisa, April1), new ConsultSchengenStates(April1, Officer, ["FR"]));
        Assert.IsType<InvalidConsultation>(Fails(p, new ConsultSchengenStates(April1, Officer, ["FR"])));
        Assert.IsType<InvalidConsultation>(Fails(p, new ConsultSchengenStates(April1, Officer, ["BE"])));
        Assert.IsType<InvalidConsultation>(Fails(p, new RecordConsultationReply(April1, Officer, "IT", false)));
    }

    [Fact]
    public void ShortStayVisa_FifteenDays_ExtendedTo45ThenExceptionallyTo60_NoMore()
    {
        var p = Examined(ProcedureTypes.ShortStayVisa, April1);
        Assert.Equal(new DateOnly(2026, 4, 16), Deadline(p, DeadlineKinds.Decision, April1).DueDate);
        p = Apply(p, new ExtendDecisionDeadline(new(2026, 4, 10), Officer, "Individual case: interview needed."));
        Assert.Equal(new DateOnly(2026, 5, 16), Deadline(p, DeadlineKinds.Decision, April1).DueDate);
        p = Apply(p, new ExtendDecisionDeadline(new(2026, 5, 10), Officer, "Further documents needed."));
        Assert.Equal(new DateOnly(2026, 5, 31), Deadline(p, DeadlineKinds.Decision, April1).DueDate);
        Assert.IsType<ExtensionLimitReached>(Inner(Fails(p, new ExtendDecisionDeadline(new(2026, 5, 20), Officer, "Again."))));
    }

    [Fact]
    public void ShortStayVisa_GuarantorSolvencyIsRecorded_WithTheAnnex3bisUndertaking()
    {
        var p = Apply(Examined(ProcedureTypes.ShortStayVisa, April1), new RecordGuarantorSolvency(April1, Officer, Solvent: true, "3bis/2026/0042"));
        Assert.Equal(new GuarantorCheck(April1, Officer, true, "3bis/2026/0042"), p.Guarantor);
        Assert.IsType<StepNotAvailable>(Fails(Examined(ProcedureTypes.Medical9ter, April1), new RecordGuarantorSolvency(April1, Officer, true)));
    }

    [Fact]
    public void ShortStayVisa_RefusalReachesTheApplicantThroughThePost_AndOpensTheAnnulmentAppeal()
    {
        var p = Decided(Examined(ProcedureTypes.ShortStayVisa, April1), new(2026, 4, 10), ProcedureOutcome.Refused, "Purpose of the journey not justified.");
        Assert.IsType<NotificationChannelNotAllowed>(Fails(p, new Notify(new(2026, 4, 10), Clerk, NotificationChannel.ThroughMunicipality)));
        p = Apply(p, new Notify(new(2026, 4, 10), Clerk, NotificationChannel.ThroughDiplomaticPost));
        Assert.Equal("appeal.cce.annulment", Deadline(p, DeadlineKinds.Appeal, new(2026, 4, 10)).RuleCode);
    }

    [Fact]
    public void ShortStayExtension_HasNoStatutoryDeadline_NotifiedThroughTheMunicipality()
    {
        var p = Examined(ProcedureTypes.ShortStayExtension, April1);
        Assert.Empty(ProcedureDeadlines.For(p, April1));
        Assert.IsType<NoDecisionDeadline>(Fails(p, new ExtendDecisionDeadline(April1, Officer, "x")));
        p = Decided(p, April1, ProcedureOutcome.Granted);
        Assert.Equal(ProcedureState.Notified, Apply(p, new Notify(April1, Clerk, NotificationChannel.ThroughMunicipality)).State);
    }

    [Fact]
    public void CceAppeal_EndingOnASunday_MovesToMonday()
    {
        // Hand delivery Friday 5 June 2026; +30 days = Sunday 5 July → Monday 6 July (art 39/57 §2).
        var p = Decided(Examined(ProcedureTypes.Medical9ter, April1), April1, ProcedureOutcome.Inadmissible, "No standard medical certificate.");
        p = Apply(p, new Notify(new(2026, 6, 5), Clerk, NotificationChannel.ThroughMunicipality));
        var appeal = Deadline(p, DeadlineKinds.Appeal, new(2026, 6, 5));
        Assert.Equal(new DateOnly(2026, 7, 6), appeal.DueDate);
        Assert.Equal(ExpiryConsequence.TimeBarred, appeal.ConsequenceAtExpiry);
        Assert.Equal(ProcedureState.Closed, Apply(p, new CloseAppealWindow(new(2026, 7, 7), Clerk, AppealLodged: false)).State);
    }

    [Fact]
    public void CceAppeal_EndingOnNationalDay_MovesToTheNextWorkingDay()
    {
        var p = Decided(Examined(ProcedureTypes.Humanitarian9bis, April1), April1, ProcedureOutcome.Inadmissible, "No exceptional circumstances.");
        p = Apply(p, new Notify(new(2026, 6, 21), Clerk, NotificationChannel.ThroughMunicipality));
        Assert.Equal(new DateOnly(2026, 7, 22), Deadline(p, DeadlineKinds.Appeal, new(2026, 6, 21)).DueDate); // 21 July is a holiday
    }

    [Fact]
    public void CceAppeal_ByRegisteredMail_StartsOnTheThirdWorkingDayAfterPosting()
    {
        // Posted Wednesday 3 June 2026: 3rd working day = Monday 8 June, first day of the 30 → last day 7 July.
        var p = Decided(Examined(ProcedureTypes.SinglePermit, April1), April1, ProcedureOutcome.Inadmissible, "Incomplete at the Region.");
        p = Apply(p, new Notify(new(2026, 6, 3), Clerk, NotificationChannel.RegisteredMail));
        Assert.Equal(new DateOnly(2026, 6, 7), p.Notification!.AppealClockEvent);
        Assert.Equal(new DateOnly(2026, 7, 7), Deadline(p, DeadlineKinds.Appeal, new(2026, 6, 3)).DueDate);
    }

    [Fact]
    public void AppealLodged_ClosesTheWindowEarly_AndMeetsTheDeadline()
    {
        var p = Decided(Examined(ProcedureTypes.LongTermResident, April1), April1, ProcedureOutcome.Refused, "Resources not stable.");
        p = Apply(p, new Notify(new(2026, 4, 2), Clerk, NotificationChannel.ThroughMunicipality), new CloseAppealWindow(new(2026, 4, 20), Clerk, AppealLodged: true));
        Assert.Equal(ProcedureState.Closed, p.State);
        Assert.Equal(DeadlineStatus.Met, Deadline(p, DeadlineKinds.Appeal, new(2026, 6, 1)).Status);
    }

    [Fact]
    public void Medical9ter_AdmissibilityThenMerits_AttestationThreeMonthsRenewedThreeTimes()
    {
        var p = Examined(ProcedureTypes.Medical9ter, new(2026, 2, 2));
        Assert.Equal(ProcedurePhase.Admissibility, p.Phase);
        Assert.Equal(ProcedurePhase.Admissibility, Assert.IsType<WrongPhase>(Fails(p, new Propose(new(2026, 2, 9), Officer, ProcedureOutcome.Granted))).Phase);
        Assert.IsType<ClockNotStarted>(Fails(p, new RenewAttestation(new(2026, 2, 9), Officer, "x")));

        p = Apply(p, new DeclareAdmissible(new(2026, 2, 10), Officer));
        Assert.Equal(ProcedurePhase.Merits, p.Phase);
        var attestation = Deadline(p, DeadlineKinds.Attestation, new(2026, 2, 10));
        Assert.Equal("stay.9ter.attestation", attestation.RuleCode);
        Assert.Equal(new DateOnly(2026, 5, 10), attestation.DueDate);
        Assert.Equal(ExpiryConsequence.DocumentExpires, attestation.ConsequenceAtExpiry);
        Assert.DoesNotContain(ProcedureDeadlines.For(p, new(2026, 2, 10)), d => d.Kind == DeadlineKinds.Decision);

        p = Apply(p,
            new RenewAttestation(new(2026, 5, 1), Officer, "Merits pending."),
            new RenewAttestation(new(2026, 8, 1), Officer, "Merits pending."),
            new RenewAttestation(new(2026, 11, 1), Officer, "Merits pending."));
        Assert.Equal(new DateOnly(2027, 2, 10), Deadline(p, DeadlineKinds.Attestation, new(2026, 11, 1)).DueDate);
        Assert.IsType<ExtensionLimitReached>(Inner(Fails(p, new RenewAttestation(new(2027, 2, 1), Officer, "Again."))));

        Assert.IsType<WrongPhase>(Fails(p, new Propose(new(2027, 2, 1), Officer, ProcedureOutcome.Inadmissible, "Late.")));
        p = Decided(p, new(2027, 2, 1), ProcedureOutcome.Granted);
        Assert.Equal("card.a", p.Decision!.DocumentCode);
        Assert.Equal(DeadlineStatus.Met, Deadline(p, DeadlineKinds.Attestation, new(2027, 3, 1)).Status);
    }

    [Fact]
    public void Humanitarian9bis_TwoPhases_NoAttestation_NoDecisionDeadline()
    {
        var p = Apply(Examined(ProcedureTypes.Humanitarian9bis, April1), new DeclareAdmissible(new(2026, 5, 1), Officer));
        Assert.Empty(ProcedureDeadlines.For(p, new(2026, 5, 1)));
        Assert.IsType<StepNotAvailable>(Fails(p, new RenewAttestation(new(2026, 5, 1), Officer, "x")));
        Assert.Equal(ProcedureState.ProposalWritten, Apply(p, new Propose(new(2026, 6, 1), Officer, ProcedureOutcome.Refused, "Integration not shown.")).State);
    }

    [Fact]
    public void SinglePermit_120DaysFromAdmissibility_RegionMustAuthoriseTheWork()
    {
        var p = Apply(Examined(ProcedureTypes.SinglePermit, new(2026, 1, 26)), new DeclareAdmissible(new(2026, 2, 2), Officer));
        var d = Deadline(p, DeadlineKinds.Decision, new(2026, 2, 2));
        Assert.Equal(new DateOnly(2026, 6, 2), d.DueDate);
        Assert.Equal(ExpiryConsequence.PositiveDecision, d.ConsequenceAtExpiry);

        Assert.IsType<RegionDecisionPending>(Fails(p, new Propose(new(2026, 3, 1), Officer, ProcedureOutcome.Granted)));
        p = Apply(p, new RequestRegionDecision(new(2026, 3, 1), Officer));
        Assert.Equal(ProcedureState.AwaitingRegion, p.State);
        var refused = Apply(p, new RecordRegionDecision(new(2026, 4, 1), Officer, WorkAuthorised: false, "FL-2026-77"));
        Assert.IsType<RegionRefusedWork>(Fails(refused, new Propose(new(2026, 4, 2), Officer, ProcedureOutcome.Granted)));

        p = Apply(p, new RecordRegionDecision(new(2026, 4, 1), Officer, WorkAuthorised: true, "FL-2026-77"));
        Assert.Equal(ProcedureState.UnderExamination, p.State);
        p = Decided(p, new(2026, 4, 2), ProcedureOutcome.Granted);
        Assert.Equal(DeadlineStatus.Met, Deadline(p, DeadlineKinds.Decision, new(2026, 7, 1)).Status);
    }

    [Fact]
    public void LongStayVisa_ForPaidWork_NeedsTheRegion_OtherwiseNot()
    {
        var work = Examined(ProcedureTypes.LongStayVisa, April1, "paid-work");
        Assert.IsType<RegionDecisionPending>(Fails(work, new Propose(April1, Officer, ProcedureOutcome.Granted)));
        var study = Examined(ProcedureTypes.LongStayVisa, April1);
        Assert.IsType<StepNotAvailable>(Fails(study, new RequestRegionDecision(April1, Officer)));
        Assert.Equal(ProcedureState.Decided, Decided(study, April1, ProcedureOutcome.Granted).State);
    }
}
