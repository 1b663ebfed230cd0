using System.Text.RegularExpressions;
using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Tests.LegalClock;

// The numbers asserted here are read from legal-rules.md (sections 1, 3, 4, 5), not from the catalogue.
public class LegalRulesTests
{
    private static LegalRule Rule(string code) => LegalRules.Find(code) ?? throw new InvalidOperationException($"No rule {code}.");

    [Fact]
    public void Catalogue_CodesAreUniqueStableLowerCaseDotted()
    {
        var codes = LegalRules.All.Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches(new Regex("^[a-z0-9]+(\\.[a-z0-9-]+)+$"), c));
    }

    [Fact]
    public void Catalogue_EveryRuleIsComplete()
    {
        Assert.All(LegalRules.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title.Fr), r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Title.Nl), r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Title.En), r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.LegalBasis), r.Code);
            Assert.True(r.Period.Count > 0, r.Code);
            Assert.True(Enum.IsDefined(r.StartsOn), r.Code);
            Assert.True(Enum.IsDefined(r.Consequence), r.Code);
            Assert.Equal(r.UnconfirmedNote is not null, r.Unconfirmed);
            Assert.Same(r, LegalRules.Find(r.Code));
        });
    }

    [Fact]
    public void Find_UnknownCode_IsNull()
    {
        Assert.Null(LegalRules.Find("stay.nothing"));
        Assert.Null(LegalRules.Find(null!));
    }

    [Fact]
    public void FamilyReunification_Is9MonthsFromAnnex15quinquies_Extendable2x3Months_VisaGrantedOnSilence()
    {
        var r = Rule("stay.family-reunification.decision");
        Assert.Equal(Period.Months(9), r.Period);
        Assert.Equal(StartEvent.Annex15quinquiesDelivered, r.StartsOn);
        Assert.Equal([Period.Months(3), Period.Months(3)], r.Extensions);
        Assert.False(r.SuspendsWhileFileIncomplete); // incomplete file = no annex 15quinquies = no clock [D3]
        Assert.False(r.MovesToNextWorkingDay);
        Assert.Equal(ExpiryConsequence.VisaGranted, r.Consequence);
        Assert.Equal("Law art 10ter §2 / 12bis §2", r.LegalBasis);
    }

    [Fact]
    public void FamilyReunification_SponsorWithDOrHCard_Is4MonthsPlus3Once()
    {
        var r = Rule("stay.family-reunification.decision.sponsor-d-or-h-card");
        Assert.Equal(Period.Months(4), r.Period);
        Assert.Equal([Period.Months(3)], r.Extensions);
        Assert.Equal(ExpiryConsequence.VisaGranted, r.Consequence);
    }

    [Theory]
    [InlineData("stay.eu-family.decision", 6, PeriodUnit.Months, ExpiryConsequence.RightRecognised, true)]
    [InlineData("stay.single-permit.decision", 120, PeriodUnit.CalendarDays, ExpiryConsequence.PositiveDecision, false)]
    [InlineData("stay.student.decision", 90, PeriodUnit.CalendarDays, ExpiryConsequence.None, false)]
    [InlineData("stay.long-term-resident.decision", 5, PeriodUnit.Months, ExpiryConsequence.PositiveDecision, false)]
    [InlineData("stay.eu-permanent-residence.decision", 5, PeriodUnit.Months, ExpiryConsequence.None, false)]
    [InlineData("stay.short-stay-visa.decision", 15, PeriodUnit.CalendarDays, ExpiryConsequence.None, false)]
    [InlineData("stay.9ter.attestation", 3, PeriodUnit.Months, ExpiryConsequence.DocumentExpires, false)]
    [InlineData("protection.registration", 3, PeriodUnit.WorkingDays, ExpiryConsequence.None, false)]
    [InlineData("protection.registration.other-authority", 6, PeriodUnit.WorkingDays, ExpiryConsequence.None, true)]
    public void StayAndRegistrationDeadlines_MatchSection5(string code, int count, PeriodUnit unit, ExpiryConsequence consequence, bool unconfirmed)
    {
        var r = Rule(code);
        Assert.Equal(new Period(count, unit), r.Period);
        Assert.Equal(consequence, r.Consequence);
        Assert.Equal(unconfirmed, r.Unconfirmed);
        Assert.False(r.MovesToNextWorkingDay);
    }

    [Fact]
    public void StartEvents_MatchSection5()
    {
        Assert.Equal(StartEvent.AdmissibilityDecision, Rule("stay.single-permit.decision").StartsOn);
        Assert.Equal(StartEvent.CompleteApplication, Rule("stay.student.decision").StartsOn);
        Assert.Equal(StartEvent.Annex16bisDelivered, Rule("stay.long-term-resident.decision").StartsOn);
        Assert.Equal(StartEvent.Annex22Delivered, Rule("stay.eu-permanent-residence.decision").StartsOn);
        Assert.Equal(StartEvent.AdmissibilityDecision, Rule("stay.9ter.attestation").StartsOn);
    }

    [Fact]
    public void ShortStayVisa_15Days_ExtendableTo45_ThenExceptionallyTo60()
    {
        var r = Rule("stay.short-stay-visa.decision");
        Assert.Equal(15, r.Period.Count);
        Assert.Equal(45, r.Period.Count + r.Extensions[0].Count);
        Assert.Equal(60, r.MaximumPeriods.Sum(p => p.Count));
        Assert.All(r.MaximumPeriods, p => Assert.Equal(PeriodUnit.CalendarDays, p.Unit));
    }

    [Fact]
    public void NinetyTer_Attestation_3MonthsRenewed3x3Months()
    {
        Assert.Equal([Period.Months(3), Period.Months(3), Period.Months(3)], Rule("stay.9ter.attestation").Extensions);
    }

    [Fact]
    public void AsylumRegistration_3WorkingDays_UpTo10OnMassArrivals()
    {
        var r = Rule("protection.registration");
        Assert.Equal(10, r.MaximumPeriods.Sum(p => p.Count));
        Assert.All(r.MaximumPeriods, p => Assert.Equal(PeriodUnit.WorkingDays, p.Unit));
    }

    [Theory]
    [InlineData("appeal.cce.annulment", 30)]
    [InlineData("appeal.cce.annulment.detained", 10)]
    [InlineData("appeal.cce.extreme-urgency", 10)]
    [InlineData("appeal.cce.extreme-urgency.second-measure", 5)]
    [InlineData("appeal.cce.full-jurisdiction", 30)]
    [InlineData("appeal.cce.full-jurisdiction.accelerated", 10)]
    [InlineData("appeal.cce.dublin", 30)]
    public void CceAppealWindows_RunFromNotification_AndMoveToTheNextWorkingDay(string code, int days)
    {
        var r = Rule(code);
        Assert.Equal(Period.CalendarDays(days), r.Period);
        Assert.Equal(StartEvent.Notification, r.StartsOn);
        Assert.True(r.MovesToNextWorkingDay);
        Assert.Equal(ExpiryConsequence.TimeBarred, r.Consequence);
        Assert.Empty(r.Extensions);
    }

    [Fact]
    public void OnlyCceAppeals_MoveToTheNextWorkingDay()
    {
        Assert.All(LegalRules.All.Where(r => r.MovesToNextWorkingDay), r => Assert.StartsWith("appeal.cce.", r.Code));
    }

    [Fact]
    public void NoRuleOfTheCatalogue_StopsARunningClock_NeitherLegalRulesNorItsSourcesProvideIt()
    {
        Assert.DoesNotContain(LegalRules.All, r => r.SuspendsWhileFileIncomplete);
    }

    [Fact]
    public void VoluntaryDeparture_Is30DaysFromNotification_NotMoved()
    {
        var r = Rule("return.order-to-leave.voluntary-departure");
        Assert.Equal(Period.CalendarDays(30), r.Period);
        Assert.Equal(StartEvent.Notification, r.StartsOn);
        Assert.False(r.MovesToNextWorkingDay);
        Assert.Equal("Law art 74/14", r.LegalBasis);
    }

    [Fact]
    public void Detention_2Months_Plus2_Plus1_ReleaseAfter5_Or8ForPublicOrder()
    {
        var removal = Rule("detention.removal");
        Assert.Equal(5, removal.MaximumPeriods.Sum(p => p.Count));
        Assert.Equal(ExpiryConsequence.Release, removal.Consequence);
        Assert.Equal(8, Rule("detention.removal.public-order").MaximumPeriods.Sum(p => p.Count));
    }

    [Theory]
    [InlineData("dublin.take-charge.request", 3, PeriodUnit.Months, ExpiryConsequence.ResponsibilityShifts)]
    [InlineData("dublin.take-charge.request.eurodac-hit", 2, PeriodUnit.Months, ExpiryConsequence.ResponsibilityShifts)]
    [InlineData("dublin.take-charge.reply", 2, PeriodUnit.Months, ExpiryConsequence.SilenceMeansAcceptance)]
    [InlineData("dublin.take-back.request", 3, PeriodUnit.Months, ExpiryConsequence.ResponsibilityShifts)]
    [InlineData("dublin.take-back.request.eurodac-hit", 2, PeriodUnit.Months, ExpiryConsequence.ResponsibilityShifts)]
    [InlineData("dublin.take-back.reply", 1, PeriodUnit.Months, ExpiryConsequence.SilenceMeansAcceptance)]
    [InlineData("dublin.take-back.reply.eurodac-hit", 2, PeriodUnit.Weeks, ExpiryConsequence.SilenceMeansAcceptance)]
    [InlineData("dublin.transfer", 6, PeriodUnit.Months, ExpiryConsequence.ResponsibilityShifts)]
    [InlineData("dublin.transfer.imprisoned", 12, PeriodUnit.Months, ExpiryConsequence.ResponsibilityShifts)]
    [InlineData("dublin.transfer.absconded", 18, PeriodUnit.Months, ExpiryConsequence.ResponsibilityShifts)]
    [InlineData("ammr.take-charge.request", 2, PeriodUnit.Months, ExpiryConsequence.ResponsibilityShifts)]
    [InlineData("ammr.take-charge.request.hit", 1, PeriodUnit.Months, ExpiryConsequence.ResponsibilityShifts)]
    [InlineData("ammr.take-charge.reply", 1, PeriodUnit.Months, ExpiryConsequence.SilenceMeansAcceptance)]
    [InlineData("ammr.take-charge.reply.hit", 2, PeriodUnit.Weeks, ExpiryConsequence.SilenceMeansAcceptance)]
    [InlineData("ammr.take-back.confirmation", 2, PeriodUnit.Weeks, ExpiryConsequence.SilenceMeansAcceptance)]
    [InlineData("ammr.transfer-decision", 2, PeriodUnit.Weeks, ExpiryConsequence.None)]
    [InlineData("ammr.transfer", 6, PeriodUnit.Months, ExpiryConsequence.ResponsibilityShifts)]
    public void DublinAndAmmrDeadlines_MatchSection1(string code, int count, PeriodUnit unit, ExpiryConsequence consequence)
    {
        var r = Rule(code);
        Assert.Equal(new Period(count, unit), r.Period);
        Assert.Equal(consequence, r.Consequence);
        Assert.False(r.MovesToNextWorkingDay);
        Assert.True(r.Unconfirmed); // counting rules for Dublin periods are UNCONFIRMED (convention 3)
    }

    [Fact]
    public void UnconfirmedMarksOfLegalRules_AreCarried()
    {
        Assert.True(Rule("stay.eu-family.decision").Unconfirmed); // art 42 number
        Assert.True(Rule("dublin.take-charge.reply.urgent").Unconfirmed);
        Assert.True(Rule("dublin.detention.request").Unconfirmed);
        Assert.True(Rule("appeal.cce.full-jurisdiction.accelerated").Unconfirmed);
        Assert.True(Rule("appeal.cce.dublin").Unconfirmed);
        Assert.False(Rule("stay.family-reunification.decision").Unconfirmed);
        Assert.False(Rule("appeal.cce.annulment").Unconfirmed);
    }
}
