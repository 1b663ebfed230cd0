using Itinera.Domain.Stay;

namespace Itinera.Domain.Tests.Stay;

// The answers about the future (latest legal exit, planned stay) are checked against the rule itself through the
// public API: staying up to the answer never breaks the rule on any day, and one more day does.
public class SchengenPropertyTests
{
    private static List<ShortStay> RandomHistory(Random random, DateOnly from, DateOnly before)
    {
        List<ShortStay> stays = [];
        var day = from.AddDays(random.Next(0, 60));
        while (true)
        {
            var exit = day.AddDays(random.Next(0, 45));
            if (exit >= before)
            {
                return stays;
            }

            stays.Add(new ShortStay(day, exit));
            day = exit.AddDays(random.Next(1, 90));
        }
    }

    private static int UsedOn(IReadOnlyList<ShortStay> stays, DateOnly day)
    {
        var result = SchengenCalculator.Assess(stays, day);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value.DaysUsed;
    }

    [Fact]
    public void LatestLegalExit_IsTheLastDayBeforeTheFirstBreach_ForManyHistories()
    {
        var random = new Random(90180);
        for (var run = 0; run < 300; run++)
        {
            var entry = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 365));
            var history = RandomHistory(random, entry.AddDays(-400), entry.AddDays(-1));
            var control = entry.AddDays(random.Next(0, 120));
            List<ShortStay> stays = [.. history, new ShortStay(entry, null)];

            var assessment = SchengenCalculator.Assess(stays, control).Value;
            var latest = assessment.LatestLegalExit!.Value;
            Assert.Equal(assessment.DaysUsed, UsedOn([.. history, new ShortStay(entry, control)], control));
            Assert.Equal(assessment.OverstayDays > 0, latest < control);

            for (var d = entry; d <= latest; d = d.AddDays(1))
            {
                Assert.True(UsedOn([.. history, new ShortStay(entry, d)], d) <= SchengenCalculator.MaxDays, $"run {run}: {d}");
            }

            var breach = latest.AddDays(1);
            Assert.True(UsedOn([.. history, new ShortStay(entry, breach)], breach) > SchengenCalculator.MaxDays, $"run {run}");
        }
    }

    [Fact]
    public void PlannedStay_NeverBreaksTheRule_AndOneMoreDayWould_ForManyHistories()
    {
        var random = new Random(610);
        for (var run = 0; run < 300; run++)
        {
            var control = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 365));
            var history = RandomHistory(random, control.AddDays(-400), control);
            var planned = control.AddDays(random.Next(0, 200));

            var plan = SchengenCalculator.Assess(history, control, planned).Value.Planned!;
            Assert.InRange(plan.DaysAvailable, 0, SchengenCalculator.MaxDays);
            Assert.Equal(plan.DaysAvailable == 0, plan.LatestExit is null);

            for (var k = 0; k < plan.DaysAvailable; k++)
            {
                var d = planned.AddDays(k);
                Assert.True(UsedOn([.. history, new ShortStay(planned, d)], d) <= SchengenCalculator.MaxDays, $"run {run}: {d}");
            }

            var breach = planned.AddDays(plan.DaysAvailable);
            Assert.True(UsedOn([.. history, new ShortStay(planned, breach)], breach) > SchengenCalculator.MaxDays, $"run {run}");
        }
    }

    [Fact]
    public void DaysUsedPlusRemainingMinusOverstay_Is90()
    {
        var random = new Random(2016399);
        for (var run = 0; run < 500; run++)
        {
            var control = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 365));
            var history = RandomHistory(random, control.AddDays(-400), control);
            var a = SchengenCalculator.Assess(history, control).Value;
            Assert.Equal(SchengenCalculator.MaxDays, a.DaysUsed + a.DaysRemaining - a.OverstayDays);
            Assert.InRange(a.DaysUsed, 0, SchengenCalculator.WindowDays);
        }
    }
}
