using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Tests.LegalClock;

// Properties checked for every start day of 2020-2035 and every rule of the catalogue.
public class DeadlinePropertyTests
{
    private static readonly DateOnly First = new(2020, 1, 1);
    private static readonly DateOnly Last = new(2035, 12, 31);

    private static IEnumerable<DateOnly> EveryDay()
    {
        for (var d = First; d <= Last; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    private static Deadline Compute(LegalRule rule, DateOnly start, IReadOnlyList<ExtensionDecision>? extensions = null, IReadOnlyList<Suspension>? suspensions = null)
    {
        var result = DeadlineCalculator.Compute(rule, start, extensions, suspensions);
        if (!result.IsSuccess)
        {
            Assert.Fail($"{rule.Code} from {start}: {result}");
        }

        return result.Value;
    }

    [Fact]
    public void ADeadlineTheLawMoves_NeverLandsOnAWeekendOrHoliday()
    {
        var moving = LegalRules.All.Where(r => r.MovesToNextWorkingDay).ToList();
        Assert.NotEmpty(moving);
        foreach (var start in EveryDay())
        {
            foreach (var rule in moving)
            {
                var due = Compute(rule, start).DueDate;
                if (!BelgianHolidays.IsWorkingDay(due))
                {
                    Assert.Fail($"{rule.Code} from {start} is due on {due:dddd} {due}");
                }
            }
        }
    }

    [Fact]
    public void ADeadline_IsNeverBeforeItsStart_NorItsDueDateBeforeItsLastDay()
    {
        foreach (var start in EveryDay())
        {
            foreach (var rule in LegalRules.All)
            {
                var deadline = Compute(rule, start);
                var ok = deadline.LastDay > start
                    && deadline.DueDate >= deadline.LastDay
                    && (rule.MovesToNextWorkingDay || deadline.DueDate == deadline.LastDay);
                if (!ok)
                {
                    Assert.Fail($"{rule.Code} from {start}: last day {deadline.LastDay}, due {deadline.DueDate}");
                }
            }
        }
    }

    [Fact]
    public void AnExtension_NeverShortensADeadline()
    {
        var extensible = LegalRules.All.Where(r => r.MaxExtensions > 0).ToList();
        Assert.NotEmpty(extensible);
        foreach (var start in EveryDay())
        {
            foreach (var rule in extensible)
            {
                var previous = Compute(rule, start).DueDate;
                for (var k = 1; k <= rule.MaxExtensions; k++)
                {
                    var granted = rule.Extensions.Take(k).Select(p => new ExtensionDecision(start, "reason", p)).ToList();
                    var due = Compute(rule, start, granted).DueDate;
                    if (due <= previous)
                    {
                        Assert.Fail($"{rule.Code} from {start} with {k} extensions: {due} <= {previous}");
                    }

                    previous = due;
                }
            }
        }
    }

    [Fact]
    public void ASuspension_NeverShortensADeadline_AndAddsExactlyTheSuspendedDays()
    {
        var random = new Random(20260101);
        // No catalogue rule stops a running clock, so one rule per period unit and working-day move is tried with
        // suspension allowed.
        var suspending = LegalRules.All
            .DistinctBy(r => (r.Period.Unit, r.MovesToNextWorkingDay))
            .Select(r => r with { SuspendsWhileFileIncomplete = true })
            .ToList();
        Assert.Equal(5, suspending.Count);
        foreach (var start in EveryDay())
        {
            foreach (var rule in suspending)
            {
                var plain = Compute(rule, start);
                List<Suspension> suspensions = [];
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    var from = start.AddDays(random.Next(-30, 400));
                    suspensions.Add(new Suspension(from, from.AddDays(random.Next(0, 60))));
                }

                var suspended = Compute(rule, start, suspensions: suspensions);
                Assert.True(suspended.DueDate >= plain.DueDate, $"{rule.Code} from {start}");
                Assert.Equal(plain.LastDay.AddDays(suspended.SuspendedDays), suspended.LastDay);
                Assert.True(suspended.SuspendedDays <= suspensions.Sum(s => s.Days));
            }
        }
    }

    [Fact]
    public void WorkingDayDeadlines_AlwaysEndOnAWorkingDay()
    {
        var workingDayRules = LegalRules.All.Where(r => r.Period.Unit == PeriodUnit.WorkingDays).ToList();
        Assert.NotEmpty(workingDayRules);
        foreach (var start in EveryDay())
        {
            foreach (var rule in workingDayRules)
            {
                if (!BelgianHolidays.IsWorkingDay(Compute(rule, start).DueDate))
                {
                    Assert.Fail($"{rule.Code} from {start}");
                }
            }
        }
    }
}
