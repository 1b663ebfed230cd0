using System.Text.Json;
using Itinera.Domain.LegalClock;
using Itinera.Domain.Procedures;
using static Itinera.Domain.Tests.Procedures.ProcedureTestKit;

namespace Itinera.Domain.Tests.Procedures;

public class ProcedureEngineTests
{
    private static readonly DateOnly Jan5 = new(2026, 1, 5);
    private static readonly DateOnly Jan20 = new(2026, 1, 20);

    [Fact]
    public void FamilyReunification_FullPath_LodgeIncompleteCompleteProposeValidateNotifyAppealWindowClosed()
    {
        var type = ProcedureTypes.FamilyReunification;
        var p = Apply(New(type), new Lodge(Jan5, Clerk, ["travel-document", "proof-of-kinship"]));
        Assert.Equal(ProcedureState.Lodged, p.State);

        p = Apply(p, new MarkIncomplete(Jan5, Clerk));
        Assert.Equal(ProcedureState.Incomplete, p.State);
        var notice = Assert.Single(p.IncompleteNotices);
        Assert.Equal(Jan5, notice.SentOn);
        Assert.Equal(["sponsor-means-of-subsistence", "adequate-housing", "sickness-insurance", "criminal-record-extract", "medical-certificate"], notice.Missing);
        Assert.Empty(ProcedureDeadlines.For(p, Jan5)); // incomplete file = no clock (no annex 15quinquies)

        p = Apply(p,
            new Complete(Jan20, Clerk, ["sponsor-means-of-subsistence", "adequate-housing", "sickness-insurance", "criminal-record-extract", "medical-certificate"]),
            new Assign(Jan20, Clerk, Officer),
            new StartExamination(Jan20, Officer),
            new Propose(new(2026, 3, 2), Officer, ProcedureOutcome.Refused, "Means below 120 % of the integration income (art 10 §5)."));
        Assert.Equal(ProcedureState.ProposalWritten, p.State);

        p = Apply(p, new Validate(new(2026, 3, 3), Supervisor, IsSupervisor: true));
        Assert.Equal(ProcedureState.Decided, p.State);
        Assert.Equal(Officer, p.Decision!.ProposedBy);
        Assert.Equal(Supervisor, p.Decision.ValidatedBy);
        Assert.Equal("appeal.cce.annulment", p.Decision.AppealRuleCode);

        p = Apply(p, new Notify(new(2026, 3, 10), Clerk, NotificationChannel.ThroughDiplomaticPost));
        Assert.Equal(ProcedureState.AppealWindowOpen, p.State);
        // 10 March + 30 days = 9 April 2026 (Thursday).
        var appeal = Deadline(p, DeadlineKinds.Appeal, new(2026, 3, 11));
        Assert.Equal(new DateOnly(2026, 4, 9), appeal.DueDate);
        Assert.Equal(DeadlineStatus.Running, appeal.Status);
        Assert.Equal(DeadlineStatus.Met, Deadline(p, DeadlineKinds.Decision, new(2026, 3, 11)).Status);

        Assert.IsType<AppealWindowStillOpen>(Fails(p, new CloseAppealWindow(new(2026, 4, 9), Clerk, AppealLodged: false)));
        p = Apply(p, new CloseAppealWindow(new(2026, 4, 10), Clerk, AppealLodged: false));
        Assert.Equal(ProcedureState.Closed, p.State);
        Assert.Equal(9, p.History.Count);
    }

    [Fact]
    public void FamilyReunification_NineMonthsFromAnnex15quinquies_WhenTheFileIsComplete()
    {
        var p = Examined(ProcedureTypes.FamilyReunification, Jan20);
        var d = Deadline(p, DeadlineKinds.Decision, Jan20);
        Assert.Equal("stay.family-reunification.decision", d.RuleCode);
        Assert.Equal(new DateOnly(2026, 10, 20), d.DueDate);
        Assert.Equal("Law art 10ter §2 / 12bis §2", d.LegalBasis);
        Assert.Equal(ExpiryConsequence.VisaGranted, d.ConsequenceAtExpiry); // "silence means the visa is granted"
        Assert.Equal(ExpiryConsequence.None, d.ConsequenceInForce);
        Assert.Equal(2, d.MaxExtensions);
    }

    [Fact]
    public void FamilyReunification_ExtendedTwiceByThreeMonths_ThirdExtensionRefused()
    {
        var p = Apply(Examined(ProcedureTypes.FamilyReunification, Jan20),
            new ExtendDecisionDeadline(new(2026, 9, 1), Officer, "Kinship documents being verified."),
            new ExtendDecisionDeadline(new(2026, 12, 1), Officer, "Awaiting the prosecutor's opinion."));
        Assert.Equal(new DateOnly(2027, 4, 20), Deadline(p, DeadlineKinds.Decision, new(2026, 12, 1)).DueDate); // 15 months

        var inner = Inner(Fails(p, new ExtendDecisionDeadline(new(2027, 3, 1), Officer, "More checks.")));
        Assert.Equal(2, Assert.IsType<ExtensionLimitReached>(inner).Limit);
    }

    [Fact]
    public void DecisionDeadlineExtension_NeedsAReason()
    {
        var p = Examined(ProcedureTypes.FamilyReunification, Jan20);
        Assert.IsType<ExtensionReasonMissing>(Inner(Fails(p, new ExtendDecisionDeadline(new(2026, 9, 1), Officer, " "))));
    }

    [Fact]
    public void FamilyReunification_SponsorWithDOrHCard_FourMonthsPlusThreeOnce()
    {
        var p = Examined(ProcedureTypes.FamilyReunification, Jan20, "sponsor-d-or-h-card");
        Assert.Equal(new DateOnly(2026, 5, 20), Deadline(p, DeadlineKinds.Decision, Jan20).DueDate);

        p = Apply(p, new ExtendDecisionDeadline(new(2026, 5, 1), Officer, "Housing check."));
        Assert.Equal(new DateOnly(2026, 8, 20), Deadline(p, DeadlineKinds.Decision, Jan20).DueDate);
        Assert.IsType<ExtensionLimitReached>(Inner(Fails(p, new ExtendDecisionDeadline(new(2026, 8, 1), Officer, "Again."))));
    }

    [Fact]
    public void FamilyReunification_NoDecisionInTime_VisaGranted_AndARefusalIsTimeBarred()
    {
        var p = Examined(ProcedureTypes.FamilyReunification, Jan20);
        var expired = Deadline(p, DeadlineKinds.Decision, new(2026, 10, 21));
        Assert.Equal(DeadlineStatus.Expired, expired.Status);
        Assert.Equal(ExpiryConsequence.VisaGranted, expired.ConsequenceInForce);

        var barred = Assert.IsType<DecisionTimeBarred>(Fails(p, new Propose(new(2026, 10, 21), Officer, ProcedureOutcome.Refused, "Too late.")));
        Assert.Equal(new DateOnly(2026, 10, 20), barred.DueDate);

        Assert.IsType<DeadlineNotExpired>(Fails(p, new RecordDeemedDecision(new(2026, 10, 20), Officer)));
        p = Apply(p, new RecordDeemedDecision(new(2026, 10, 21), Officer));
        Assert.Equal(ProcedureState.Decided, p.State);
        Assert.Equal(ProcedureOutcome.DeemedGranted, p.Decision!.Outcome);
        Assert.Equal("visa.d", p.Decision.DocumentCode);
        Assert.Null(p.Decision.AppealRuleCode);
    }

    [Fact]
    public void RefusalProposedInTime_ButValidatedAfterExpiry_IsTimeBarred()
    {
        var p = Apply(Examined(ProcedureTypes.FamilyReunification, Jan20),
            new Propose(new(2026, 10, 19), Officer, ProcedureOutcome.Refused, "No adequate housing."));
        Assert.IsType<DecisionTimeBarred>(Fails(p, new Validate(new(2026, 10, 21), Supervisor, true)));
        Assert.Equal(ProcedureState.Decided, Apply(p, new Validate(new(2026, 10, 20), Supervisor, true)).State);
    }

    [Fact]
    public void FamilyReunification_DnaTestStandsInForMissingKinshipDocuments()
    {
        var type = ProcedureTypes.FamilyReunification;
        string[] withoutKinship = [.. AllDocuments(type).Where(c => c != "proof-of-kinship")];
        var p = Apply(New(type), new Lodge(Jan5, Clerk, withoutKinship), new MarkIncomplete(Jan5, Clerk));
        Assert.Equal(["proof-of-kinship"], p.IncompleteNotices[0].Missing);

        p = Apply(p, new RequestDnaTest(Jan5, Officer));
        Assert.Equal(ProcedureState.AwaitingDnaTest, p.State);
        Assert.IsType<DnaSampleNotTaken>(Fails(p, new RecordDnaResult(Jan20, Officer, true)));

        p = Apply(p, new RecordDnaSample(new(2026, 2, 10), Officer), new RecordDnaResult(new(2026, 3, 10), Officer, KinshipConfirmed: true));
        Assert.Equal(ProcedureState.Incomplete, p.State);
        Assert.Empty(p.MissingDocuments);

        p = Apply(p, new Complete(new(2026, 3, 10), Clerk));
        Assert.Equal(new DateOnly(2026, 12, 10), Deadline(p, DeadlineKinds.Decision, new(2026, 3, 10)).DueDate);
    }

    [Fact]
    public void NegativeDnaResult_LeavesKinshipMissing()
    {
        var type = ProcedureTypes.FamilyReunification;
        var p = Apply(New(type), new Lodge(Jan5, Clerk, [.. AllDocuments(type).Where(c => c != "proof-of-kinship")]),
            new RequestDnaTest(Jan5, Officer), new RecordDnaSample(Jan5, Officer), new RecordDnaResult(Jan20, Officer, false));
        Assert.Equal(ProcedureState.Lodged, p.State);
        Assert.Equal(["proof-of-kinship"], Assert.IsType<MissingDocuments>(Fails(p, new Complete(Jan20, Clerk))).Codes);
    }

    [Fact]
    public void FourEyes_TheProposerCannotValidate_EvenAsSupervisor_CaseInsensitive()
    {
        var p = Apply(Examined(ProcedureTypes.Student, Jan5), new Propose(Jan5, Supervisor, ProcedureOutcome.Granted));
        var error = Assert.IsType<FourEyesViolation>(Fails(p, new Validate(Jan5, Supervisor.ToUpperInvariant(), IsSupervisor: true)));
        Assert.Equal(Supervisor, error.Proposer);
    }

    [Fact]
    public void FourEyes_OnlyASupervisorCanValidate()
    {
        var p = Apply(Examined(ProcedureTypes.Student, Jan5), new Propose(Jan5, Officer, ProcedureOutcome.Granted));
        Assert.IsType<NotASupervisor>(Fails(p, new Validate(Jan5, "officer.dirk", IsSupervisor: false)));
    }

    [Fact]
    public void Supervisor_CanReturnAProposal_WithANote()
    {
        var p = Apply(Examined(ProcedureTypes.Student, Jan5), new Propose(Jan5, Officer, ProcedureOutcome.Granted));
        Assert.IsType<ValueRequired>(Fails(p, new ReturnProposal(Jan5, Supervisor, "")));
        p = Apply(p, new ReturnProposal(Jan5, Supervisor, "Check the enrolment certificate."));
        Assert.Equal(ProcedureState.UnderExamination, p.State);
        Assert.Null(p.Proposal);
    }

    [Theory]
    [InlineData(ProcedureOutcome.Refused, null)]
    [InlineData(ProcedureOutcome.Refused, "   ")]
    [InlineData(ProcedureOutcome.NotConsidered, "")]
    public void NegativeDecision_NeedsReasons(ProcedureOutcome outcome, string? reasons)
    {
        var p = Examined(ProcedureTypes.EuFamily, Jan5);
        Assert.Equal(outcome, Assert.IsType<ReasonsRequired>(Fails(p, new Propose(Jan5, Officer, outcome, reasons))).Outcome);
    }

    [Fact]
    public void InvalidTransitions_AreTyped()
    {
        var lodged = Apply(New(ProcedureTypes.Student), new Lodge(Jan5, Clerk, AllDocuments(ProcedureTypes.Student)));
        var invalid = Assert.IsType<InvalidTransition>(Fails(lodged, new Propose(Jan5, Officer, ProcedureOutcome.Granted)));
        Assert.Equal(ProcedureState.Lodged, invalid.From);
        Assert.Equal("propose", invalid.Trigger);

        Assert.IsType<InvalidTransition>(Fails(lodged, new Lodge(Jan5, Clerk, [])));
        Assert.IsType<InvalidTransition>(Fails(New(ProcedureTypes.Student), new Complete(Jan5, Clerk)));
        Assert.IsType<NotificationBeforeDecision>(Fails(lodged, new Notify(Jan5, Clerk, NotificationChannel.ThroughDiplomaticPost)));
        Assert.IsType<StepNotAvailable>(Fails(lodged, new ConsultSchengenStates(Jan5, Officer, ["FR"])));
        Assert.IsType<NothingMissing>(Fails(lodged, new MarkIncomplete(Jan5, Clerk)));
        Assert.IsType<UnknownDocument>(Fails(lodged, new Complete(Jan5, Clerk, ["selfie"])));

        var complete = Apply(lodged, new Complete(Jan5, Clerk));
        Assert.IsType<NotAssigned>(Fails(complete, new StartExamination(Jan5, Officer)));

        var closed = Apply(complete, new Withdraw(Jan20, Clerk, "Applicant left."));
        Assert.Equal(ProcedureState.Closed, closed.State);
        Assert.IsType<InvalidTransition>(Fails(closed, new Notify(Jan20, Clerk, NotificationChannel.ThroughDiplomaticPost)));
    }

    [Fact]
    public void Triggers_MustNotBeFutureOrOutOfOrderOrAnonymous()
    {
        var lodged = Apply(New(ProcedureTypes.Student), new Lodge(Jan20, Clerk, AllDocuments(ProcedureTypes.Student)));
        Assert.IsType<DateInFuture>(Fails(lodged, new Complete(Jan20, Clerk), today: Jan5));
        Assert.IsType<DateBeforePreviousStep>(Fails(lodged, new Complete(Jan5, Clerk)));
        Assert.IsType<ValueRequired>(Fails(lodged, new Complete(Jan20, " ")));
    }

    [Fact]
    public void EuFamily_SixMonthsFromLodging_RightRecognisedAtExpiry()
    {
        var lodgedOn = new DateOnly(2026, 3, 10);
        var p = Apply(New(ProcedureTypes.EuFamily), new Lodge(lodgedOn, Clerk, ["travel-document"]));
        var d = Deadline(p, DeadlineKinds.Decision, lodgedOn); // runs from annex 19ter even before completeness
        Assert.Equal(new DateOnly(2026, 9, 10), d.DueDate);
        Assert.True(d.Unconfirmed); // art 42 UNCONFIRMED

        var expired = Deadline(p, DeadlineKinds.Decision, new(2026, 9, 11));
        Assert.Equal(ExpiryConsequence.RightRecognised, expired.ConsequenceInForce);
        p = Apply(p, new RecordDeemedDecision(new(2026, 9, 11), Officer));
        Assert.Equal("card.f", p.Decision!.DocumentCode);
    }

    [Fact]
    public void EuFamily_BelgianSponsorVariant_AddsArticle40terConditions()
    {
        var missing = Apply(New(ProcedureTypes.EuFamily), new Lodge(Jan5, Clerk, AllDocuments(ProcedureTypes.EuFamily), "belgian-sponsor")).MissingDocuments;
        Assert.Equal(["sponsor-means-of-subsistence", "adequate-housing", "sickness-insurance"], missing);
        Assert.IsType<UnknownVariant>(Fails(New(ProcedureTypes.EuFamily), new Lodge(Jan5, Clerk, [], "martian-sponsor")));
    }

    [Fact]
    public void EuFamily_RefusalIsAnnex20_NotifiedOnlyThroughTheMunicipality()
    {
        var p = Decided(Examined(ProcedureTypes.EuFamily, Jan5), Jan20, ProcedureOutcome.Refused, "Marriage of convenience.");
        Assert.Equal("annex.20", p.Decision!.DocumentCode);
        var wrong = Assert.IsType<NotificationChannelNotAllowed>(Fails(p, new Notify(Jan20, Clerk, NotificationChannel.RegisteredMail)));
        Assert.Equal(NotificationRoute.Municipality, wrong.Required);
        Assert.Equal(ProcedureState.AppealWindowOpen, Apply(p, new Notify(Jan20, Clerk, NotificationChannel.ThroughMunicipality)).State);
    }

    [Fact]
    public void LongTermResident_FiveMonthsFromAnnex16bis_EndOfMonthRule_PositiveAtExpiry()
    {
        var p = Examined(ProcedureTypes.LongTermResident, new(2026, 1, 31));
        var d = Deadline(p, DeadlineKinds.Decision, new(2026, 1, 31));
        Assert.Equal(new DateOnly(2026, 6, 30), d.DueDate);
        Assert.Equal(ExpiryConsequence.PositiveDecision, d.ConsequenceAtExpiry);
        p = Decided(p, new(2026, 3, 2), ProcedureOutcome.NotConsidered, "Five years not shown.");
        Assert.Equal("annex.16ter", p.Decision!.DocumentCode);
    }

    [Fact]
    public void Student_NinetyDaysFromTheCompleteApplication_NoEffectOfSilence()
    {
        var p = Apply(New(ProcedureTypes.Student), new Lodge(new(2026, 2, 1), Clerk, ["travel-document"]),
            new MarkIncomplete(new(2026, 2, 1), Clerk),
            new Complete(new(2026, 3, 1), Clerk, AllDocuments(ProcedureTypes.Student)));
        var d = Deadline(p, DeadlineKinds.Decision, new(2026, 3, 1));
        Assert.Equal(new DateOnly(2026, 5, 30), d.DueDate);
        Assert.Equal(ExpiryConsequence.None, d.ConsequenceAtExpiry);
        Assert.IsType<NoDeemedDecision>(Fails(p, new RecordDeemedDecision(new(2026, 6, 1), Officer)));
    }

    [Fact]
    public void GrantedDecision_OpensNoAppealWindow_NotifiedThenClosed()
    {
        var p = Decided(Examined(ProcedureTypes.Student, Jan5), Jan20, ProcedureOutcome.Granted);
        p = Apply(p, new Notify(Jan20, Clerk, NotificationChannel.ThroughDiplomaticPost));
        Assert.Equal(ProcedureState.Notified, p.State);
        Assert.DoesNotContain(ProcedureDeadlines.For(p, Jan20), d => d.Kind == DeadlineKinds.Appeal);
        Assert.Equal(ProcedureState.Closed, Apply(p, new Close(Jan20, Clerk)).State);
    }

    [Fact]
    public void Replay_OfTheHistory_RebuildsTheSameProcedure_AndTriggersRoundTripAsJson()
    {
        var p = Apply(Examined(ProcedureTypes.FamilyReunification, Jan20),
            new ExtendDecisionDeadline(new(2026, 9, 1), Officer, "Checks."),
            new Propose(new(2026, 9, 2), Officer, ProcedureOutcome.Granted));

        var json = JsonSerializer.Serialize(p.History.Select(h => h.Trigger).ToList());
        Assert.Contains("\"trigger\":\"extend-decision-deadline\"", json, StringComparison.Ordinal);
        var triggers = JsonSerializer.Deserialize<List<ProcedureTrigger>>(json)!;

        var replayed = ProcedureEngine.Replay(p.Id, p.TypeCode, triggers, FarFuture).Value;
        Assert.Equal(p.State, replayed.State);
        Assert.Equal(p.Proposal, replayed.Proposal);
        Assert.Equal(p.DecisionExtensions, replayed.DecisionExtensions);
        Assert.Equal(p.History.Select(h => (h.From, h.To)), replayed.History.Select(h => (h.From, h.To)));
        Assert.Equal(ProcedureEngine.DecisionDeadline(p), ProcedureEngine.DecisionDeadline(replayed));
    }

    [Fact]
    public void Create_RejectsAnUnknownType()
    {
        Assert.IsType<UnknownProcedureType>(ProcedureEngine.Create("x", "stay.nope").Error);
    }

    [Fact]
    public void AllowedTriggers_FollowStateAndType()
    {
        var p = Examined(ProcedureTypes.ShortStayVisa, Jan5);
        var allowed = ProcedureEngine.AllowedTriggers(p);
        Assert.Contains("consult-schengen-states", allowed);
        Assert.Contains("propose", allowed);
        Assert.DoesNotContain("request-dna-test", allowed);
        Assert.DoesNotContain("notify", allowed);
    }
}
