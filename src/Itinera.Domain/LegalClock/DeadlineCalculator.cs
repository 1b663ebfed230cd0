namespace Itinera.Domain.LegalClock;

/// <summary>
/// Applies a <see cref="LegalRule"/> to a dossier's dates. Pure: "today" is never read here, only passed to
/// <see cref="Deadline.Assess"/>.
/// <list type="number">
/// <item>The base period and the granted extensions run from the start event (day of the event not counted, Judicial
/// Code art. 52); extensions of the base unit are added to it (9 + 3 + 3 months = 15 months from annex 15quinquies).</item>
/// <item>Suspensions (file incomplete) push the end back by the number of suspended calendar days that fall after the
/// start and no later than the (already pushed) end; overlapping suspensions count once; a suspension that begins after
/// the deadline has passed cannot revive it.</item>
/// <item>Only then, when the rule says so, a last day on a Saturday, Sunday or legal holiday moves to the next working day.</item>
/// </list>
/// </summary>
public static class DeadlineCalculator
{
    /// <summary>
    /// Computes the deadline of <paramref name="rule"/> started on <paramref name="start"/>.
    /// Fails with <see cref="ExtensionNotAllowed"/>, <see cref="ExtensionLimitReached"/>, <see cref="ExtensionPeriodMismatch"/>,
    /// <see cref="ExtensionReasonMissing"/>, <see cref="ExtensionBeforeStart"/>, <see cref="ExtensionAfterExpiry"/>,
    /// <see cref="SuspensionNotAllowed"/> or <see cref="SuspensionInvalid"/>; never throws for those.
    /// </summary>
    /// <param name="extensions">Extension decisions, in any order (they are taken chronologically).</param>
    /// <param name="suspensions">Periods when the file was incomplete.</param>
    /// <param name="calendar">Working days for working-day periods and the move; the Belgian calendar when null.</param>
    public static Result<Deadline, DeadlineError> Compute(
        LegalRule rule,
        DateOnly start,
        IReadOnlyList<ExtensionDecision>? extensions = null,
        IReadOnlyList<Suspension>? suspensions = null,
        IWorkingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        extensions ??= [];
        suspensions ??= [];
        calendar ??= BelgianHolidays.Calendar;

        if (CheckSuspensions(rule, suspensions) is { } suspensionError)
        {
            return Result<Deadline, DeadlineError>.Failure(suspensionError);
        }

        var chronological = extensions.OrderBy(e => e.DecidedOn).ToList();
        if (CheckExtensions(rule, start, chronological) is { } extensionError)
        {
            return Result<Deadline, DeadlineError>.Failure(extensionError);
        }

        List<Period> periods = [rule.Period];
        for (var k = 0; k < chronological.Count; k++)
        {
            var dueBefore = Due(rule, start, periods, suspensions, calendar).DueDate;
            if (chronological[k].DecidedOn > dueBefore)
            {
                return Result<Deadline, DeadlineError>.Failure(new ExtensionAfterExpiry(k, chronological[k].DecidedOn, dueBefore));
            }

            periods.Add(chronological[k].Period);
        }

        var (lastDay, dueDate, suspendedDays) = Due(rule, start, periods, suspensions, calendar);
        return Result<Deadline, DeadlineError>.Success(new Deadline(rule, start, lastDay, dueDate, chronological.Count, suspendedDays));
    }

    private static DeadlineError? CheckSuspensions(LegalRule rule, IReadOnlyList<Suspension> suspensions)
    {
        if (suspensions.Count == 0)
        {
            return null;
        }

        if (!rule.SuspendsWhileFileIncomplete)
        {
            return new SuspensionNotAllowed(rule.Code);
        }

        for (var i = 0; i < suspensions.Count; i++)
        {
            if (suspensions[i].To < suspensions[i].From)
            {
                return new SuspensionInvalid(i, suspensions[i].From, suspensions[i].To);
            }
        }

        return null;
    }

    private static DeadlineError? CheckExtensions(LegalRule rule, DateOnly start, List<ExtensionDecision> chronological)
    {
        if (chronological.Count == 0)
        {
            return null;
        }

        if (rule.MaxExtensions == 0)
        {
            return new ExtensionNotAllowed(rule.Code);
        }

        if (chronological.Count > rule.MaxExtensions)
        {
            return new ExtensionLimitReached(rule.Code, rule.MaxExtensions, chronological.Count);
        }

        for (var k = 0; k < chronological.Count; k++)
        {
            var extension = chronological[k];
            if (extension.Period != rule.Extensions[k])
            {
                return new ExtensionPeriodMismatch(k, rule.Extensions[k], extension.Period);
            }

            if (string.IsNullOrWhiteSpace(extension.Reason))
            {
                return new ExtensionReasonMissing(k);
            }

            if (extension.DecidedOn < start)
            {
                return new ExtensionBeforeStart(k, extension.DecidedOn, start);
            }
        }

        return null;
    }

    private static (DateOnly LastDay, DateOnly DueDate, int SuspendedDays) Due(
        LegalRule rule, DateOnly start, IReadOnlyList<Period> periods, IReadOnlyList<Suspension> suspensions, IWorkingCalendar calendar)
    {
        var lastDay = PeriodCalculator.LastDay(start, periods, calendar);
        var suspended = 0;
        var counted = start; // every day up to here is either counted or already added as suspended
        foreach (var suspension in suspensions.OrderBy(s => s.From))
        {
            var from = Max(suspension.From, counted.AddDays(1));
            if (from > lastDay)
            {
                break; // the deadline had passed before this suspension began (or it lies wholly in an earlier one)
            }

            if (suspension.To < from)
            {
                continue;
            }

            var days = suspension.To.DayNumber - from.DayNumber + 1;
            suspended += days;
            lastDay = lastDay.AddDays(days);
            counted = suspension.To;
        }

        var dueDate = rule.MovesToNextWorkingDay ? PeriodCalculator.NextWorkingDayFrom(lastDay, calendar) : lastDay;
        return (lastDay, dueDate, suspended);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
