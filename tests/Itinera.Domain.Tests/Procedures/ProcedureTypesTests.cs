using Itinera.Domain.LegalClock;
using Itinera.Domain.Procedures;

namespace Itinera.Domain.Tests.Procedures;

public class ProcedureTypesTests
{
    [Fact]
    public void Registry_HoldsTheTenStayTypes_WithUniqueStableCodes()
    {
        string[] expected =
        [
            "stay.short-stay-visa", "stay.short-stay-extension", "stay.long-stay-visa", "stay.single-permit",
            "stay.family-reunification", "stay.eu-family", "stay.long-term-resident", "stay.student",
            "stay.humanitarian-9bis", "stay.medical-9ter",
        ];
        Assert.Equal(expected, ProcedureTypes.All.Select(t => t.Code));
        Assert.All(expected, c => Assert.NotNull(ProcedureTypes.Find(c)));
        Assert.Null(ProcedureTypes.Find("stay.unknown"));
    }

    [Fact]
    public void EveryType_HasTitlesChecklistLabelsAndAWithdrawalOutcome()
    {
        Assert.All(ProcedureTypes.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Title.Fr + t.Title.Nl + t.Title.En));
            Assert.NotEmpty(t.Checklist);
            Assert.All(t.Checklist, d => Assert.False(string.IsNullOrWhiteSpace(d.Label.Fr) || string.IsNullOrWhiteSpace(d.Label.Nl) || string.IsNullOrWhiteSpace(d.Label.En)));
            Assert.Equal(t.Checklist.Count, t.Checklist.Select(d => d.Code).Distinct().Count());
            Assert.NotNull(t.FindOutcome(ProcedureOutcome.Withdrawn));
        });
    }

    [Fact]
    public void EveryAppealRuleAndDecisionRule_ExistsInTheLegalRulesCatalogue()
    {
        Assert.All(ProcedureTypes.All.SelectMany(t => t.Outcomes).Where(o => o.AppealRuleCode is not null),
            o => Assert.NotNull(LegalRules.Find(o.AppealRuleCode!)));
        Assert.All(ProcedureTypes.All.SelectMany(t => t.Variants.Select(v => v.DecisionRule).Append(t.DecisionRule)).OfType<LegalRule>(),
            r => Assert.Same(r, LegalRules.Find(r.Code)));
    }

    [Fact]
    public void NegativeOutcomes_OpenAnAppeal_PositiveOnesDoNot()
    {
        Assert.All(ProcedureTypes.All.SelectMany(t => t.Outcomes), o =>
            Assert.Equal(ProcedureOutcomes.IsNegative(o.Outcome), o.AppealRuleCode is not null));
    }

    [Fact]
    public void DeemedGranted_ExistsExactlyWhereTheDecisionRuleMakesSilencePositive()
    {
        Assert.All(ProcedureTypes.All, t =>
        {
            var silencePositive = t.Variants.Select(v => v.DecisionRule).Append(t.DecisionRule).OfType<LegalRule>()
                .Any(r => ProcedureOutcomes.IsDeemedPositive(r.Consequence));
            Assert.Equal(silencePositive, t.FindOutcome(ProcedureOutcome.DeemedGranted) is not null);
        });
    }

    [Fact]
    public void AnnexCodes_AreThoseOfLegalRules()
    {
        // legal-rules.md §3: 15quinquies family reunification; 16bis/16ter/17 long-term resident; 19ter/19quinquies/20 EU family.
        Assert.Equal("annex.15quinquies", ProcedureTypes.FamilyReunification.AcknowledgementDocumentCode);
        Assert.Equal("annex.16bis", ProcedureTypes.LongTermResident.AcknowledgementDocumentCode);
        Assert.Equal("annex.16ter", ProcedureTypes.LongTermResident.FindOutcome(ProcedureOutcome.NotConsidered)!.DocumentCode);
        Assert.Equal("annex.17", ProcedureTypes.LongTermResident.FindOutcome(ProcedureOutcome.Refused)!.DocumentCode);
        Assert.Equal("annex.19ter", ProcedureTypes.EuFamily.AcknowledgementDocumentCode);
        Assert.Equal("annex.19quinquies", ProcedureTypes.EuFamily.FindOutcome(ProcedureOutcome.NotConsidered)!.DocumentCode);
        Assert.Equal("annex.20", ProcedureTypes.EuFamily.FindOutcome(ProcedureOutcome.Refused)!.DocumentCode);
        Assert.All(ProcedureTypes.All.SelectMany(t => t.Outcomes).Where(o => !o.DocumentCode.StartsWith("annex.", StringComparison.Ordinal) && o.DocumentCode != "card.l"),
            o => Assert.True(o.DocumentUnconfirmed, o.DocumentCode));
    }

    [Fact]
    public void FamilyReunification_ChecklistHasTheArticle10Conditions()
    {
        var checklist = ProcedureTypes.FamilyReunification.Checklist;
        Assert.Equal("Law art 10 §2 al. 3 and §5", checklist.Single(d => d.Code == "sponsor-means-of-subsistence").LegalBasis);
        Assert.Contains(checklist, d => d.Code == "adequate-housing");
        Assert.Contains(checklist, d => d.Code == "sickness-insurance");
        Assert.Contains(checklist, d => d.Code == "criminal-record-extract");
        Assert.Contains(checklist, d => d.Code == "medical-certificate");
        Assert.True(checklist.Single(d => d.Code == "proof-of-kinship").ProvesKinship);
    }
}
