using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Tests.LegalClock;

// Expected dates are worked out by hand from the rules of legal-rules.md and Judicial Code art. 52-54.
public class DeadlineCalculatorTests
{
    private static readonly LegalRule FamilyReunification = LegalRules.StayDecisions.FamilyReunification;

    // No rule of the catalogue stops a running clock; the engine is tested with a 9-month rule that does.
    private static readonly LegalRule Suspending = FamilyReunification with { Code = "test.suspending", SuspendsWhileFileIncomplete = true };

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static Deadline Ok(Result<Deadline, DeadlineError> result)
    {
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }

    private static TError Fails<TError>(Result<Deadline, DeadlineError> result)
        where TError : DeadlineError
    {
        Assert.False(result.IsSuccess, result.ToString());
        return Assert.IsType<TError>(result.Error);
    }

    private static ExtensionDecision ThreeMonths(DateOnly decidedOn) => new(decidedOn, "Complex file: DNA test pending", Period.Months(3));

    [Fact]
    public void FamilyReunification_Deadline_Is9MonthsFromAnnex15quinquies()
    {
        var deadline = Ok(DeadlineCalculator.Compute(FamilyReunification, D(2026, 1, 15)));
        Assert.Equal(D(2026, 10, 15), deadline.DueDate);
        Assert.Equal(D(2026, 10, 15), deadline.LastDay);
        Assert.Equal("Law art 10ter §2 / 12bis §2", deadline.LegalBasis);
        Assert.Equal(ExpiryConsequence.VisaGranted, deadline.ConsequenceAtExpiry);
        Assert.Equal(0, deadline.ExtensionsGranted);
    }

    [Fact]
    public void FamilyReunification_TwoExtensionsOf3Months_GiveAtMost15Months()
    {
        var one = Ok(DeadlineCalculator.Compute(FamilyReunification, D(2026, 1, 15), [ThreeMonths(D(2026, 9, 1))]));
        Assert.Equal(D(2027, 1, 15), one.DueDate);

        var two = Ok(DeadlineCalculator.Compute(FamilyReunification, D(2026, 1, 15), [ThreeMonths(D(2026, 9, 1)), ThreeMonths(D(2027, 1, 10))]));
        Assert.Equal(D(2027, 4, 15), two.DueDate);
        Assert.Equal(2, two.ExtensionsGranted);
    }

    [Fact]
    public void FamilyReunification_ThirdExtension_IsRefused_LimitReached()
    {
        var error = Fails<ExtensionLimitReached>(DeadlineCalculator.Compute(
            FamilyReunification,
            D(2026, 1, 15),
            [ThreeMonths(D(2026, 9, 1)), ThreeMonths(D(2026, 12, 1)), ThreeMonths(D(2027, 3, 1))]));
        Assert.Equal(2, error.Limit);
        Assert.Equal(3, error.Given);
        Assert.Equal("deadline.extension-limit-reached", error.Code);
    }

    [Fact]
    public void SponsorWithDOrHCard_SecondExtension_IsRefused()
    {
        var rule = LegalRules.StayDecisions.FamilyReunificationSponsorDOrHCard;
        Assert.Equal(D(2026, 5, 15), Ok(DeadlineCalculator.Compute(rule, D(2026, 1, 15))).DueDate);
        Assert.Equal(D(2026, 8, 15), Ok(DeadlineCalculator.Compute(rule, D(2026, 1, 15), [ThreeMonths(D(2026, 5, 1))])).DueDate);
        Fails<ExtensionLimitReached>(DeadlineCalculator.Compute(rule, D(2026, 1, 15), [ThreeMonths(D(2026, 5, 1)), ThreeMonths(D(2026, 8, 1))]));
    }

    [Fact]
    public void CceAppeal_CannotBeExtended()
    {
        var error = Fails<ExtensionNotAllowed>(DeadlineCalculator.Compute(
            LegalRules.Appeals.Annulment, D(2026, 11, 27), [new ExtensionDecision(D(2026, 12, 1), "asked", Period.CalendarDays(10))]));
        Assert.Equal("appeal.cce.annulment", error.RuleCode);
    }

    [Fact]
    public void Extension_WithAnotherPeriodThanTheLaw_IsRefused()
    {
        var error = Fails<ExtensionPeriodMismatch>(DeadlineCalculator.Compute(
            FamilyReunification, D(2026, 1, 15), [new ExtensionDecision(D(2026, 9, 1), "complex", Period.Months(4))]));
        Assert.Equal(Period.Months(3), error.Allowed);
        Assert.Equal(Period.Months(4), error.Given);
    }

    [Fact]
    public void Extension_WithoutReason_IsRefused_TheDecisionMustBeReasoned()
    {
        Fails<ExtensionReasonMissing>(DeadlineCalculator.Compute(
            FamilyReunification, D(2026, 1, 15), [new ExtensionDecision(D(2026, 9, 1), "  ", Period.Months(3))]));
    }

    [Fact]
    public void Extension_DecidedAfterTheDeadlinePassed_IsRefused()
    {
        var error = Fails<ExtensionAfterExpiry>(DeadlineCalculator.Compute(FamilyReunification, D(2026, 1, 15), [ThreeMonths(D(2026, 10, 16))]));
        Assert.Equal(D(2026, 10, 15), error.DueDate);

        // The second extension is measured against the once-extended deadline (15 January 2027).
        Ok(DeadlineCalculator.Compute(FamilyReunification, D(2026, 1, 15), [ThreeMonths(D(2026, 10, 15)), ThreeMonths(D(2027, 1, 15))]));
        var late = Fails<ExtensionAfterExpiry>(DeadlineCalculator.Compute(
            FamilyReunification, D(2026, 1, 15), [ThreeMonths(D(2026, 10, 15)), ThreeMonths(D(2027, 1, 16))]));
        Assert.Equal(1, late.Index);
        Assert.Equal(D(2027, 1, 15), late.DueDate);
    }

    [Fact]
    public void Extension_DecidedBeforeTheStart_IsRefused()
    {
        Fails<ExtensionBeforeStart>(DeadlineCalculator.Compute(FamilyReunification, D(2026, 1, 15), [ThreeMonths(D(2026, 1, 14))]));
    }

    [Fact]
    public void Extensions_AreTakenInChronologicalOrder()
    {
        var deadline = Ok(DeadlineCalculator.Compute(FamilyReunification, D(2026, 1, 15), [ThreeMonths(D(2027, 1, 10)), ThreeMonths(D(2026, 9, 1))]));
        Assert.Equal(D(2027, 4, 15), deadline.DueDate);
    }

    [Fact]
    public void Suspension_StopsTheClock_ForEverySuspendedDay_WhenTheRuleAllowsIt()
    {
        // 10 days incomplete (1-10 March 2026): 15 October + 10 days = Sunday 25 October (not moved: the rule does not move).
        var deadline = Ok(DeadlineCalculator.Compute(Suspending, D(2026, 1, 15), suspensions: [new Suspension(D(2026, 3, 1), D(2026, 3, 10))]));
        Assert.Equal(10, deadline.SuspendedDays);
        Assert.Equal(D(2026, 10, 25), deadline.DueDate);
    }

    [Fact]
    public void OverlappingSuspensions_CountEachDayOnce()
    {
        var deadline = Ok(DeadlineCalculator.Compute(
            Suspending,
            D(2026, 1, 15),
            suspensions: [new Suspension(D(2026, 3, 5), D(2026, 3, 15)), new Suspension(D(2026, 3, 1), D(2026, 3, 10)), new Suspension(D(2026, 3, 7), D(2026, 3, 8))]));
        Assert.Equal(15, deadline.SuspendedDays); // 1..15 March
        Assert.Equal(D(2026, 10, 30), deadline.DueDate);
    }

    [Fact]
    public void Suspension_BeforeTheStart_DoesNotCount_AndOnlyItsDaysAfterTheStartDo()
    {
        Assert.Equal(0, Ok(DeadlineCalculator.Compute(Suspending, D(2026, 1, 15), suspensions: [new Suspension(D(2026, 1, 1), D(2026, 1, 15))])).SuspendedDays);
        var partly = Ok(DeadlineCalculator.Compute(Suspending, D(2026, 1, 15), suspensions: [new Suspension(D(2026, 1, 10), D(2026, 1, 20))]));
        Assert.Equal(5, partly.SuspendedDays); // 16..20 January
        Assert.Equal(D(2026, 10, 20), partly.DueDate);
    }

    [Fact]
    public void Suspension_AfterTheDeadlinePassed_CannotReviveIt()
    {
        var deadline = Ok(DeadlineCalculator.Compute(Suspending, D(2026, 1, 15), suspensions: [new Suspension(D(2026, 11, 1), D(2026, 11, 10))]));
        Assert.Equal(0, deadline.SuspendedDays);
        Assert.Equal(D(2026, 10, 15), deadline.DueDate);
    }

    [Fact]
    public void Suspension_StraddlingTheDueDate_KeepsTheDaysThatWereLeft()
    {
        // Clock stops on 10 October with 6 days left (10..15), restarts on 21 October: 21..26 October.
        var deadline = Ok(DeadlineCalculator.Compute(Suspending, D(2026, 1, 15), suspensions: [new Suspension(D(2026, 10, 10), D(2026, 10, 20))]));
        Assert.Equal(D(2026, 10, 26), deadline.DueDate);
    }

    [Fact]
    public void SuspendedDays_AreAddedBeforeTheMoveToTheNextWorkingDay()
    {
        // 30 days from 25 November 2026 = Friday 25 December; one suspended day makes it Saturday 26, moved to Monday 28.
        var rule = LegalRules.Appeals.Annulment with { Code = "test.suspending-appeal", SuspendsWhileFileIncomplete = true };
        var deadline = Ok(DeadlineCalculator.Compute(rule, D(2026, 11, 25), suspensions: [new Suspension(D(2026, 12, 1), D(2026, 12, 1))]));
        Assert.Equal(D(2026, 12, 26), deadline.LastDay);
        Assert.Equal(D(2026, 12, 28), deadline.DueDate);
    }

    [Fact]
    public void FamilyReunification_IncompleteFile_DelaysTheStart_ItDoesNotStopARunningClock()
    {
        // [D3]: no annex 15quinquies for an incomplete file, so the 9 months start only from a complete file.
        var error = Fails<SuspensionNotAllowed>(DeadlineCalculator.Compute(
            FamilyReunification, D(2026, 1, 15), suspensions: [new Suspension(D(2026, 3, 1), D(2026, 3, 10))]));
        Assert.Equal("stay.family-reunification.decision", error.RuleCode);
    }

    [Fact]
    public void Suspension_OnARuleWithoutSuspension_IsRefused()
    {
        var error = Fails<SuspensionNotAllowed>(DeadlineCalculator.Compute(
            LegalRules.StayDecisions.EuFamily, D(2026, 1, 15), suspensions: [new Suspension(D(2026, 3, 1), D(2026, 3, 10))]));
        Assert.Equal("stay.eu-family.decision", error.RuleCode);
    }

    [Fact]
    public void Suspension_EndingBeforeItStarts_IsRefused()
    {
        Fails<SuspensionInvalid>(DeadlineCalculator.Compute(Suspending, D(2026, 1, 15), suspensions: [new Suspension(D(2026, 3, 10), D(2026, 3, 1))]));
    }

    [Fact]
    public void CceAnnulment_30DaysFromFriday27November2026_EndsSunday_MovesToMonday28December()
    {
        var deadline = Ok(DeadlineCalculator.Compute(LegalRules.Appeals.Annulment, D(2026, 11, 27)));
        Assert.Equal(D(2026, 12, 27), deadline.LastDay);
        Assert.Equal(D(2026, 12, 28), deadline.DueDate);
        Assert.Equal("Law art 39/57", deadline.LegalBasis);
    }

    [Fact]
    public void CceExtremeUrgency_10DaysEndingOnArmistice_MovesToThursday()
    {
        Assert.Equal(D(2026, 11, 12), Ok(DeadlineCalculator.Compute(LegalRules.Appeals.ExtremeUrgency, D(2026, 11, 1))).DueDate);
    }

    [Fact]
    public void VoluntaryDeparture_30DaysEndingOnSunday_IsNotMoved()
    {
        var deadline = Ok(DeadlineCalculator.Compute(LegalRules.Return.VoluntaryDeparture, D(2026, 11, 27)));
        Assert.Equal(D(2026, 12, 27), deadline.DueDate);
        Assert.Equal(ExpiryConsequence.RemovalEnforceable, deadline.ConsequenceAtExpiry);
    }

    [Fact]
    public void EuFamily_6MonthsFrom31August_Ends28February_Or29InALeapYear_EvenOnASaturday()
    {
        Assert.Equal(D(2026, 2, 28), Ok(DeadlineCalculator.Compute(LegalRules.StayDecisions.EuFamily, D(2025, 8, 31))).DueDate);
        Assert.Equal(D(2024, 2, 29), Ok(DeadlineCalculator.Compute(LegalRules.StayDecisions.EuFamily, D(2023, 8, 31))).DueDate);
    }

    [Fact]
    public void AsylumRegistration_3WorkingDays_SkipsChristmas_ExtendedTo10SkipsNewYear()
    {
        var rule = LegalRules.Protection.Registration;
        Assert.Equal(D(2026, 12, 29), Ok(DeadlineCalculator.Compute(rule, D(2026, 12, 23))).DueDate);
        var extended = Ok(DeadlineCalculator.Compute(rule, D(2026, 12, 23), [new ExtensionDecision(D(2026, 12, 24), "mass arrival", Period.WorkingDays(7))]));
        Assert.Equal(D(2027, 1, 8), extended.DueDate);
    }

    [Fact]
    public void ShortStayVisa_15Days_ThenUpTo45_ThenExceptionally60()
    {
        var rule = LegalRules.StayDecisions.ShortStayVisa;
        var lodged = D(2026, 3, 2);
        Assert.Equal(D(2026, 3, 17), Ok(DeadlineCalculator.Compute(rule, lodged)).DueDate);
        var first = new ExtensionDecision(D(2026, 3, 10), "further scrutiny", Period.CalendarDays(30));
        Assert.Equal(D(2026, 4, 16), Ok(DeadlineCalculator.Compute(rule, lodged, [first])).DueDate);
        var second = new ExtensionDecision(D(2026, 4, 1), "additional documents", Period.CalendarDays(15));
        Assert.Equal(D(2026, 5, 1), Ok(DeadlineCalculator.Compute(rule, lodged, [first, second])).DueDate);
    }

    [Fact]
    public void DublinTransfer_6MonthsFromAcceptance_EndOfMonth()
    {
        Assert.Equal(D(2026, 7, 31), Ok(DeadlineCalculator.Compute(LegalRules.Dublin.Transfer, D(2026, 1, 31))).DueDate);
        Assert.Equal(D(2026, 6, 30), Ok(DeadlineCalculator.Compute(LegalRules.Dublin.TakeChargeRequest, D(2026, 3, 31))).DueDate);
    }

    [Theory]
    [InlineData(2026, 9, 1, DeadlineStatus.Running, 44)]
    [InlineData(2026, 10, 8, DeadlineStatus.DueSoon, 7)]
    [InlineData(2026, 10, 15, DeadlineStatus.DueSoon, 0)]
    [InlineData(2026, 10, 16, DeadlineStatus.Expired, -1)]
    public void Status_OnAGivenDay(int y, int m, int d, DeadlineStatus expected, int daysLeft)
    {
        var deadline = Ok(DeadlineCalculator.Compute(FamilyReunification, D(2026, 1, 15)));
        var assessment = deadline.Assess(D(y, m, d));
        Assert.Equal(expected, assessment.Status);
        Assert.Equal(daysLeft, assessment.DaysLeft);
        Assert.Equal(expected == DeadlineStatus.Expired ? ExpiryConsequence.VisaGranted : ExpiryConsequence.None, assessment.Consequence);
    }

    [Fact]
    public void Status_DueSoonMargin_IsTheCallers()
    {
        var deadline = Ok(DeadlineCalculator.Compute(FamilyReunification, D(2026, 1, 15)));
        Assert.Equal(DeadlineStatus.Running, deadline.Assess(D(2026, 10, 8), dueSoonDays: 6).Status);
        Assert.Equal(DeadlineStatus.DueSoon, deadline.Assess(D(2026, 9, 15), dueSoonDays: 30).Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => deadline.Assess(D(2026, 9, 15), dueSoonDays: -1));
    }

    [Fact]
    public void Status_DecisionOnOrBeforeTheDueDate_IsMet_AfterIt_VisaGranted()
    {
        var deadline = Ok(DeadlineCalculator.Compute(FamilyReunification, D(2026, 1, 15)));
        Assert.Equal(DeadlineStatus.Met, deadline.Assess(D(2027, 1, 1), doneOn: D(2026, 10, 15)).Status);
        Assert.Equal(ExpiryConsequence.None, deadline.Assess(D(2027, 1, 1), doneOn: D(2026, 10, 15)).Consequence);
        var late = deadline.Assess(D(2027, 1, 1), doneOn: D(2026, 10, 16));
        Assert.Equal(DeadlineStatus.Expired, late.Status);
        Assert.Equal(ExpiryConsequence.VisaGranted, late.Consequence);
    }

    [Fact]
    public void Result_Failure_HasNoValue()
    {
        var result = DeadlineCalculator.Compute(LegalRules.Appeals.Annulment, D(2026, 1, 1), [ThreeMonths(D(2026, 1, 2))]);
        Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.False(result.TryGetValue(out _, out var error));
        Assert.IsType<ExtensionNotAllowed>(error);
    }
}
