using Itinera.Domain.LegalClock;
using Itinera.Domain.Stay;

namespace Itinera.Domain.Tests.Stay;

// Cases written from the rule's text (Reg. 2016/399 art 6(1); legal-rules.md §6): 90 days in any 180-day window
// [D − 179, D], entry and exit days both counted. Expected values were worked out by hand and cross-checked with a
// day-by-day count outside this code base.
public class SchengenCalculatorTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static ShortStay Stay(DateOnly entry, DateOnly? exit) => new(entry, exit);

    private static SchengenAssessment Ok(Result<SchengenAssessment, SchengenError> result)
    {
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }

    private static TError Fails<TError>(Result<SchengenAssessment, SchengenError> result)
        where TError : SchengenError
    {
        Assert.False(result.IsSuccess, result.ToString());
        return Assert.IsType<TError>(result.Error);
    }

    [Fact]
    public void Window_Is180DaysIncludingTheControlDay_Example6()
    {
        // legal-rules.md §6 [S2] example 6: a check on 01.03.2014 gives a window from 03.09.2013.
        Assert.Equal(D(2013, 9, 3), SchengenCalculator.WindowStart(D(2014, 3, 1)));
        Assert.Equal(D(2013, 9, 3), Ok(SchengenCalculator.Assess([], D(2014, 3, 1))).WindowStart);
    }

    [Fact]
    public void EntryAndExitDays_BothCount()
    {
        Assert.Equal(1, Ok(SchengenCalculator.Assess([Stay(D(2025, 5, 10), D(2025, 5, 10))], D(2025, 6, 1))).DaysUsed);
        Assert.Equal(2, Ok(SchengenCalculator.Assess([Stay(D(2025, 5, 10), D(2025, 5, 11))], D(2025, 6, 1))).DaysUsed);
    }

    [Fact]
    public void Exactly90Days_IsAllowed_NoDayRemains()
    {
        // 1 January to 31 March 2025 = 31 + 28 + 31 = 90 days.
        var a = Ok(SchengenCalculator.Assess([Stay(D(2025, 1, 1), D(2025, 3, 31))], D(2025, 3, 31)));
        Assert.Equal(90, a.DaysUsed);
        Assert.Equal(0, a.DaysRemaining);
        Assert.Equal(0, a.OverstayDays);
        Assert.Equal(D(2025, 3, 31), a.LatestLegalExit); // exit on the control date: the stay is still in progress
    }

    [Fact]
    public void Day91_IsAnOverstayOf1_AndTheLastLegalDayWasTheDayBefore()
    {
        var a = Ok(SchengenCalculator.Assess([Stay(D(2025, 1, 1), D(2025, 4, 1))], D(2025, 4, 1)));
        Assert.Equal(91, a.DaysUsed);
        Assert.Equal(0, a.DaysRemaining);
        Assert.Equal(1, a.OverstayDays);
        Assert.Equal(D(2025, 3, 31), a.LatestLegalExit); // before the control date: already over
    }

    [Fact]
    public void ADay180DaysBeforeTheControlDate_IsOutsideTheWindow_179IsInside()
    {
        var control = D(2025, 7, 1); // window 3 January .. 1 July 2025
        Assert.Equal(0, Ok(SchengenCalculator.Assess([Stay(D(2025, 1, 2), D(2025, 1, 2))], control)).DaysUsed);
        Assert.Equal(1, Ok(SchengenCalculator.Assess([Stay(D(2025, 1, 3), D(2025, 1, 3))], control)).DaysUsed);
        Assert.Equal(1, Ok(SchengenCalculator.Assess([Stay(D(2024, 12, 20), D(2025, 1, 3))], control)).DaysUsed);
    }

    [Fact]
    public void AStayLongAgo_IsNotCounted()
    {
        var a = Ok(SchengenCalculator.Assess([Stay(D(2024, 1, 1), D(2024, 3, 30))], D(2025, 1, 1)));
        Assert.Equal(0, a.DaysUsed);
        Assert.Equal(90, a.DaysRemaining);
        Assert.Null(a.LatestLegalExit); // no stay in progress
    }

    [Fact]
    public void AnOpenStay_CountsUpToTheControlDate_AndMayLast90DaysInAll()
    {
        var a = Ok(SchengenCalculator.Assess([Stay(D(2025, 2, 1), null)], D(2025, 2, 10)));
        Assert.Equal(10, a.DaysUsed);
        Assert.Equal(80, a.DaysRemaining);
        Assert.Equal(D(2025, 5, 1), a.LatestLegalExit); // 1 February + 89 days
    }

    [Fact]
    public void APlannedExitAfterTheControlDate_CountsOnlyUpToTheControlDate()
    {
        var a = Ok(SchengenCalculator.Assess([Stay(D(2025, 2, 1), D(2025, 3, 1))], D(2025, 2, 10)));
        Assert.Equal(10, a.DaysUsed);
        Assert.Equal(D(2025, 5, 1), a.LatestLegalExit);
    }

    [Fact]
    public void EarlierStaysInTheWindow_ShortenTheCurrentStay()
    {
        // 30 days in January, then entry on 1 March: 30 + 60 = 90 reached on 29 April.
        var a = Ok(SchengenCalculator.Assess([Stay(D(2025, 1, 1), D(2025, 1, 30)), Stay(D(2025, 3, 1), null)], D(2025, 3, 10)));
        Assert.Equal(40, a.DaysUsed);
        Assert.Equal(D(2025, 4, 29), a.LatestLegalExit);
    }

    [Fact]
    public void AtTheLimit_APersonMayStayOnWhileOldDaysRollOutOfTheWindow()
    {
        // 90 days from 1 October to 29 December 2024; re-entry on 30 March 2025 (1 October has just left the window).
        // Every further day one old day leaves and one new day enters, until 27 June 2025 (29 December leaves);
        // on 28 June the new stay alone would reach 91 days.
        var a = Ok(SchengenCalculator.Assess([Stay(D(2024, 10, 1), D(2024, 12, 29)), Stay(D(2025, 3, 30), null)], D(2025, 4, 15)));
        Assert.Equal(90, a.DaysUsed);
        Assert.Equal(0, a.DaysRemaining);
        Assert.Equal(0, a.OverstayDays);
        Assert.Equal(D(2025, 6, 27), a.LatestLegalExit);
    }

    [Fact]
    public void EnteringWith90DaysAlreadyUsed_NoDayOfTheNewStayIsLegal()
    {
        var a = Ok(SchengenCalculator.Assess([Stay(D(2025, 1, 1), D(2025, 3, 31)), Stay(D(2025, 5, 1), null)], D(2025, 5, 1)));
        Assert.Equal(91, a.DaysUsed);
        Assert.Equal(1, a.OverstayDays);
        Assert.Equal(D(2025, 4, 30), a.LatestLegalExit); // the day before entry
    }

    [Fact]
    public void PlannedEntry_AfterOldStaysRollOut_Gives90Days()
    {
        List<ShortStay> stays = [Stay(D(2025, 1, 1), D(2025, 3, 31))]; // 90 days
        var tooEarly = Ok(SchengenCalculator.Assess(stays, D(2025, 5, 1), plannedEntry: D(2025, 6, 29))).Planned;
        Assert.NotNull(tooEarly);
        Assert.Equal(0, tooEarly.DaysAvailable); // window ending 29 June still holds all 90 days
        Assert.Null(tooEarly.LatestExit);

        var rolling = Ok(SchengenCalculator.Assess(stays, D(2025, 5, 1), plannedEntry: D(2025, 6, 30))).Planned;
        Assert.NotNull(rolling);
        Assert.Equal(90, rolling.DaysAvailable); // one old day leaves for each new day, until 27 September
        Assert.Equal(D(2025, 9, 27), rolling.LatestExit);
    }

    [Fact]
    public void PlannedEntry_WithPartOfTheWindowUsed_GivesTheRest()
    {
        // 59 days in January-February 2025; entering 1 May: 59 + 31 = 90 on 31 May.
        var planned = Ok(SchengenCalculator.Assess([Stay(D(2025, 1, 1), D(2025, 2, 28))], D(2025, 4, 1), plannedEntry: D(2025, 5, 1))).Planned;
        Assert.Equal(new PlannedStay(D(2025, 5, 1), 31, D(2025, 5, 31)), planned);
    }

    [Fact]
    public void PlannedEntry_WithNoHistory_Gives90Days()
    {
        var planned = Ok(SchengenCalculator.Assess([], D(2025, 4, 1), plannedEntry: D(2025, 4, 1))).Planned;
        Assert.Equal(new PlannedStay(D(2025, 4, 1), 90, D(2025, 6, 29)), planned);
    }

    [Fact]
    public void ExitBeforeEntry_IsRejected()
    {
        Assert.Equal(1, Fails<ExitBeforeEntry>(SchengenCalculator.Assess([Stay(D(2025, 1, 1), D(2025, 1, 2)), Stay(D(2025, 2, 10), D(2025, 2, 1))], D(2025, 3, 1))).StayIndex);
    }

    [Fact]
    public void OverlappingStays_AreRejected_EvenSharingOneDay()
    {
        var error = Fails<OverlappingStays>(SchengenCalculator.Assess([Stay(D(2025, 1, 10), D(2025, 1, 20)), Stay(D(2025, 1, 1), D(2025, 1, 10))], D(2025, 3, 1)));
        Assert.Equal((0, 1), (error.FirstIndex, error.SecondIndex));
        Assert.Equal("schengen.overlapping-stays", error.Code);
    }

    [Fact]
    public void AnOpenStayFollowedByAnotherStay_Overlaps()
    {
        Fails<OverlappingStays>(SchengenCalculator.Assess([Stay(D(2025, 1, 1), null), Stay(D(2025, 2, 1), D(2025, 2, 5))], D(2025, 3, 1)));
    }

    [Fact]
    public void AnEntryAfterTheControlDate_IsRejected()
    {
        Assert.Equal(0, Fails<ControlDateBeforeEntry>(SchengenCalculator.Assess([Stay(D(2025, 3, 2), null)], D(2025, 3, 1))).StayIndex);
    }

    [Fact]
    public void PlannedEntry_BeforeTheControlDate_OrDuringAStay_IsRejected()
    {
        Fails<PlannedEntryBeforeControlDate>(SchengenCalculator.Assess([], D(2025, 3, 1), plannedEntry: D(2025, 2, 28)));
        Fails<PlannedEntryDuringStay>(SchengenCalculator.Assess([Stay(D(2025, 2, 1), null)], D(2025, 3, 1), plannedEntry: D(2025, 4, 1)));
        Fails<PlannedEntryDuringStay>(SchengenCalculator.Assess([Stay(D(2025, 2, 1), D(2025, 4, 1))], D(2025, 3, 1), plannedEntry: D(2025, 4, 1)));
        Assert.True(SchengenCalculator.Assess([Stay(D(2025, 2, 1), D(2025, 3, 31))], D(2025, 3, 1), plannedEntry: D(2025, 4, 1)).IsSuccess);
    }
}
