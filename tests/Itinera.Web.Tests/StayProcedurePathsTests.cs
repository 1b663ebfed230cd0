using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Itinera.Domain.Procedures;
using Itinera.Web.Features.Access;
using Itinera.Web.Tests.Infrastructure;

namespace Itinera.Web.Tests;

/// <summary>
/// Each stay procedure's own path through the API, on SQLite and PostgreSQL. Expected dates are computed from the rule
/// of the law (months "de quantième à veille de quantième", calendar days, CCE appeal moved to the next working day)
/// applied to the dates the test sends; every step is dated (<c>on</c>) in the past so the outcome does not depend on
/// the day the tests run.
/// </summary>
public sealed class StayProcedurePathsTests(Apps apps) : IClassFixture<Apps>
{
    private const string Problem = "urn:itinera:problem:";

    private static readonly string[] ShortStayDocs = ["application-form", "travel-document", "travel-purpose", "means-or-guarantee", "travel-medical-insurance"];
    private static readonly string[] ExtensionDocs = ["travel-document", "extension-grounds", "travel-medical-insurance"];
    private static readonly string[] LongStayDocs = ["travel-document", "stay-purpose", "medical-certificate", "criminal-record-extract"];
    private static readonly string[] SinglePermitDocs = ["travel-document", "employment-contract", "medical-certificate", "criminal-record-extract"];
    private static readonly string[] FamilyDocs =
        ["travel-document", "proof-of-kinship", "sponsor-means-of-subsistence", "adequate-housing", "sickness-insurance", "criminal-record-extract", "medical-certificate"];
    private static readonly string[] EuFamilyDocs = ["travel-document", "proof-of-kinship", "sponsor-nationality-or-residence"];
    private static readonly string[] LongTermDocs = ["travel-document", "five-years-legal-residence", "stable-resources", "sickness-insurance"];
    private static readonly string[] StudentDocs = ["travel-document", "enrolment-certificate", "student-means-of-subsistence", "medical-certificate", "criminal-record-extract"];
    private static readonly string[] NineBisDocs = ["identity-document", "exceptional-circumstances", "fee-paid"];
    private static readonly string[] NineTerDocs = ["identity-document", "standard-medical-certificate", "treatment-availability"];

    // ---------------------------------------------------------------- short-stay visa

    [Theory, SqliteData, PostgresData]
    public async Task ShortStayVisa_ConsultsSchengenStates_ObjectionBlocksGrant_RefusalWithReasons_NotifiedThroughPost_OpensCceAppeal(Provider provider)
    {
        var (officer, supervisor, _) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Csv"));
        var lodged = D("2026-03-31");
        var p = await LodgeAsync(officer, number, "stay.short-stay-visa", ShortStayDocs, lodgedOn: lodged);

        // Visa Code art 23: 15 calendar days from the lodging; no effect attached to silence.
        var decision = Deadline(p.Body, "decision");
        Assert.Equal(lodged.AddDays(15), Due(decision));
        Assert.Contains("art 23", (string)decision["legalBasis"]!, StringComparison.Ordinal);
        Assert.Null(decision["consequence"]);

        // The guarantor's undertaking (annex 3bis) is checked and recorded.
        await OkAsync(officer, p, new { trigger = "record-guarantor-solvency", solvent = true, undertakingReference = "3bis-2026-001", on = "2026-03-31" });
        Assert.Equal("record-guarantor-solvency", (string?)p.Body["history"]!.AsArray()[^1]!["trigger"]);
        await ExamineAsync(officer, p, "2026-04-01");

        // Prior consultation (Visa Code art 22): one reply deadline per consulted state, 7 calendar days.
        var sent = D("2026-04-02");
        await OkAsync(officer, p, new { trigger = "consult-schengen-states", states = new[] { "FR", "de" }, on = "2026-04-02" });
        Assert.Equal("AwaitingConsultation", State(p));
        var replies = p.Body["deadlines"]!.AsArray().Where(d => (string?)d!["kind"] == "consultation-reply").ToList();
        Assert.Equal(["DE", "FR"], replies.Select(d => (string?)d!["subject"]).Order(StringComparer.Ordinal));
        Assert.All(replies, d => Assert.Equal(sent.AddDays(7), Due(d!)));
        Assert.All(replies, d => Assert.Contains("art 22", (string)d!["legalBasis"]!, StringComparison.Ordinal));

        // Belgium does not consult itself; no decision while consultations run; no resuming before the replies or the period.
        await RefusedAsync(officer, p, new { trigger = "consult-schengen-states", states = new[] { "BE" }, on = "2026-04-02" }, HttpStatusCode.Conflict, "procedure.invalid-consultation");
        await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Granted", on = "2026-04-03" }, HttpStatusCode.Conflict, "procedure.invalid-transition");
        var pending = await RefusedAsync(officer, p, new { trigger = "resume-examination", on = "2026-04-03" }, HttpStatusCode.Conflict, "procedure.consultation-pending");
        Assert.Equal(["DE", "FR"], pending["states"]!.AsArray().Select(x => (string?)x).Order(StringComparer.Ordinal));

        await OkAsync(officer, p, new { trigger = "record-consultation-reply", state = "FR", objects = true, on = "2026-04-05" });
        Assert.Equal("AwaitingConsultation", State(p));
        Assert.Equal("met", (string?)Deadline(p.Body, "consultation-reply", "FR")["status"]);
        await OkAsync(officer, p, new { trigger = "record-consultation-reply", state = "DE", objects = false, on = "2026-04-06" });
        Assert.Equal("UnderExamination", State(p));

        // An objection blocks the uniform visa; a refusal must be reasoned.
        var blocked = await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Granted", on = "2026-04-07" }, HttpStatusCode.Conflict, "procedure.grant-blocked-by-objection");
        Assert.Equal(["FR"], blocked["states"]!.AsArray().Select(x => (string?)x));
        await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Refused", on = "2026-04-07" }, HttpStatusCode.Conflict, "procedure.reasons-required");

        await DecideAsync(officer, supervisor, p, "Refused", "A consulted state objected (Visa Code art 32(1)(a)(vi)).", "2026-04-07", "2026-04-08",
            "procedure.not-a-supervisor", "letter.visa-code.refusal");
        Assert.Equal("met", (string?)Deadline(p.Body, "decision")["status"]);

        // Visa decisions reach the applicant through the diplomatic post only.
        await RefusedAsync(officer, p, new { trigger = "notify", channel = "RegisteredMail", on = "2026-04-24" }, HttpStatusCode.Conflict, "procedure.notification-channel-not-allowed");
        var notified = D("2026-04-24");
        await OkAsync(officer, p, new { trigger = "notify", channel = "ThroughDiplomaticPost", on = "2026-04-24" });
        Assert.Equal("AppealWindowOpen", State(p));

        // CCE annulment appeal (art 39/57): 30 days from the day after notification; the last day, Sunday 24 May 2026,
        // moves past Whit Monday (25 May, a legal holiday) to Tuesday 26 May.
        var appeal = Deadline(p.Body, "appeal");
        Assert.Equal(DayOfWeek.Sunday, notified.AddDays(30).DayOfWeek);
        Assert.Equal(new DateOnly(2026, 5, 26), Due(appeal));
        Assert.Contains("39/57", (string)appeal["legalBasis"]!, StringComparison.Ordinal);
        await RefusedAsync(officer, p, new { trigger = "close-appeal-window", appealLodged = false, on = "2026-05-25" }, HttpStatusCode.Conflict, "procedure.appeal-window-still-open");
        await OkAsync(officer, p, new { trigger = "close-appeal-window", appealLodged = false, on = "2026-05-27" });
        Assert.Equal("Closed", State(p));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ShortStayExtension_HasNoDecisionDeadlineNorConsultation_GrantNotifiedThroughMunicipality_FourEyes(Provider provider)
    {
        var (officer, supervisor, other) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Ext"));
        var p = await LodgeAsync(officer, number, "stay.short-stay-extension", ExtensionDocs, lodgedOn: D("2026-03-31"));
        Assert.DoesNotContain(p.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] == "decision");

        await OkAsync(officer, p, new { trigger = "record-guarantor-solvency", solvent = false, on = "2026-03-31" });
        await ExamineAsync(officer, p, "2026-04-01");
        await RefusedAsync(officer, p, new { trigger = "consult-schengen-states", states = new[] { "FR" }, on = "2026-04-01" }, HttpStatusCode.Conflict, "procedure.step-not-available");
        await RefusedAsync(officer, p, new { trigger = "extend-decision-deadline", reason = "more time", on = "2026-04-01" }, HttpStatusCode.Conflict, "procedure.no-decision-deadline");
        await RefusedAsync(officer, p, new { trigger = "record-deemed-decision", on = "2026-04-01" }, HttpStatusCode.Conflict, "procedure.no-decision-deadline");

        // A supervisor who proposes cannot validate their own proposal.
        await DecideAsync(supervisor, other, p, "Granted", null, "2026-04-02", "2026-04-03", "procedure.four-eyes-violation", "letter.stay.short-stay-extension.granted");

        await RefusedAsync(officer, p, new { trigger = "notify", channel = "ThroughDiplomaticPost", on = "2026-04-03" }, HttpStatusCode.Conflict, "procedure.notification-channel-not-allowed");
        await OkAsync(officer, p, new { trigger = "notify", channel = "ThroughMunicipality", on = "2026-04-03" });
        Assert.Equal("Notified", State(p));
        Assert.DoesNotContain(p.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] == "appeal");
        await OkAsync(officer, p, new { trigger = "close", on = "2026-04-03" });
        Assert.Equal("Closed", State(p));
    }

    // ---------------------------------------------------------------- long-stay visa, single permit

    [Theory, SqliteData, PostgresData]
    public async Task LongStayVisa_PaidWork_RegionDecisionIsAPrerequisiteOfTheGrant_WithoutTheVariantThereIsNoRegionStep(Provider provider)
    {
        var (officer, supervisor, _) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Lsv"));

        var plain = await LodgeAsync(officer, number, "stay.long-stay-visa", LongStayDocs, lodgedOn: D("2026-03-31"));
        await ExamineAsync(officer, plain, "2026-04-01");
        await RefusedAsync(officer, plain, new { trigger = "request-region-decision", on = "2026-04-01" }, HttpStatusCode.Conflict, "procedure.step-not-available");

        var p = await LodgeAsync(officer, number, "stay.long-stay-visa", LongStayDocs, variant: "paid-work", lodgedOn: D("2026-03-31"));
        Assert.Equal("paid-work", (string?)p.Body["variant"]);
        Assert.DoesNotContain(p.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] == "decision");
        await ExamineAsync(officer, p, "2026-04-01");

        await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Granted", on = "2026-04-01" }, HttpStatusCode.Conflict, "procedure.region-decision-pending");
        await OkAsync(officer, p, new { trigger = "request-region-decision", on = "2026-04-01" });
        Assert.Equal("AwaitingRegion", State(p));
        await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Granted", on = "2026-04-02" }, HttpStatusCode.Conflict, "procedure.invalid-transition");
        await OkAsync(officer, p, new { trigger = "record-region-decision", workAuthorised = true, reference = "VL-2026-77", on = "2026-04-20" });
        Assert.Equal("UnderExamination", State(p));

        await DecideAsync(officer, supervisor, p, "Granted", null, "2026-04-21", "2026-04-22", "procedure.not-a-supervisor", "visa.d");

        // The letter belongs to this procedure, not to the other long-stay visa procedure on the same dossier.
        var other = await TestData.BodyAsync(await officer.GetAsync($"/api/procedures/{plain.Id}"));
        Assert.Empty(Letters(other));
        await RefusedAsync(officer, p, new { trigger = "notify", channel = "HandDelivery", on = "2026-04-23" }, HttpStatusCode.Conflict, "procedure.notification-channel-not-allowed");
        await OkAsync(officer, p, new { trigger = "notify", channel = "ThroughDiplomaticPost", on = "2026-04-23" });
        Assert.Equal("Notified", State(p));
        await OkAsync(officer, p, new { trigger = "close", on = "2026-04-23" });
        Assert.Equal("Closed", State(p));
    }

    [Theory, SqliteData, PostgresData]
    public async Task LongStayVisa_PaidWork_RegionRefusesTheWork_NoGrantPossible_RefusalIsReasoned(Provider provider)
    {
        var (officer, supervisor, _) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Lsr"));
        var p = await LodgeAsync(officer, number, "stay.long-stay-visa", LongStayDocs, variant: "paid-work", lodgedOn: D("2026-03-31"));
        await ExamineAsync(officer, p, "2026-04-01");
        await OkAsync(officer, p, new { trigger = "request-region-decision", on = "2026-04-01" });
        await OkAsync(officer, p, new { trigger = "record-region-decision", workAuthorised = false, on = "2026-04-10" });
        await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Granted", on = "2026-04-11" }, HttpStatusCode.Conflict, "procedure.region-refused-work");
        await DecideAsync(officer, supervisor, p, "Refused", "The Region refused the work authorisation.", "2026-04-11", "2026-04-12",
            "procedure.not-a-supervisor", "letter.stay.long-stay-visa.refused");
        await OkAsync(officer, p, new { trigger = "notify", channel = "ThroughDiplomaticPost", on = "2026-04-13" });
        Assert.Equal("AppealWindowOpen", State(p));
    }

    [Theory, SqliteData, PostgresData]
    public async Task SinglePermit_AdmissibilityThenMerits_120DaysFromAdmissibility_RegionFirst_FourEyes(Provider provider)
    {
        var (officer, supervisor, other) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Spm"));
        var p = await LodgeAsync(officer, number, "stay.single-permit", SinglePermitDocs, lodgedOn: D("2026-03-02"));
        await ExamineAsync(officer, p, "2026-03-03");
        Assert.Equal("Admissibility", (string?)p.Body["phase"]);

        // Before admissibility the 120 days do not run; no grant in the admissibility phase.
        Assert.DoesNotContain(p.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] == "decision");
        await RefusedAsync(officer, p, new { trigger = "extend-decision-deadline", reason = "r", on = "2026-03-04" }, HttpStatusCode.Conflict, "procedure.clock-not-started");
        await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Granted", on = "2026-03-04" }, HttpStatusCode.Conflict, "procedure.wrong-phase");

        var admissible = D("2026-03-31");
        await OkAsync(officer, p, new { trigger = "declare-admissible", on = "2026-03-31" });
        Assert.Equal("Merits", (string?)p.Body["phase"]);
        var decision = Deadline(p.Body, "decision");
        Assert.Equal(admissible.AddDays(120), Due(decision));
        Assert.Equal("PositiveDecision", (string?)decision["consequence"]);
        // The 120 days have no extension.
        await RefusedAsync(officer, p, new { trigger = "extend-decision-deadline", reason = "complex file", on = "2026-04-01" }, HttpStatusCode.Conflict, "procedure.deadline-rejected");

        await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Granted", on = "2026-04-01" }, HttpStatusCode.Conflict, "procedure.region-decision-pending");
        await OkAsync(officer, p, new { trigger = "request-region-decision", on = "2026-04-01" });
        await OkAsync(officer, p, new { trigger = "record-region-decision", workAuthorised = true, on = "2026-04-20" });
        await DecideAsync(supervisor, other, p, "Granted", null, "2026-04-21", "2026-04-22", "procedure.four-eyes-violation", "card.a");
        Assert.Equal("met", (string?)Deadline(p.Body, "decision")["status"]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SinglePermit_SilenceFor120DaysIsAPositiveDecision_ARefusalIsThenTimeBarred(Provider provider)
    {
        var (officer, _, _) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Sps"));
        var p = await LodgeAsync(officer, number, "stay.single-permit", SinglePermitDocs, lodgedOn: D("2026-03-02"));
        await ExamineAsync(officer, p, "2026-03-03");
        var admissible = D("2026-03-31");
        await OkAsync(officer, p, new { trigger = "declare-admissible", on = Iso(admissible) });
        var due = admissible.AddDays(120);

        await RefusedAsync(officer, p, new { trigger = "record-deemed-decision", on = Iso(due) }, HttpStatusCode.Conflict, "procedure.deadline-not-expired");
        await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Refused", reasons = "late", on = Iso(due.AddDays(1)) }, HttpStatusCode.Conflict, "procedure.decision-time-barred");
        var before = Letters(p.Body).Count;
        await OkAsync(officer, p, new { trigger = "record-deemed-decision", on = Iso(due.AddDays(1)) });
        Assert.Equal("Decided", State(p));
        Assert.Equal("DeemedGranted", Outcome(p.Body));
        AssertNewLetter(p.Body, before, "card.a");
    }

    // ---------------------------------------------------------------- family reunification

    [Theory, SqliteData, PostgresData]
    public async Task FamilyReunification_SponsorWithDOrHCard_FourMonthsFromCompleteFile_OneExtensionOfThree_ASecondRefused(Provider provider)
    {
        var (officer, supervisor, _) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Fdh"));
        var p = await LodgeAsync(officer, number, "stay.family-reunification", FamilyDocs.Except(["criminal-record-extract"]).ToArray(),
            variant: "sponsor-d-or-h-card", lodgedOn: D("2026-03-20"));

        // Incomplete file: no annex 15quinquies, no clock; the notice is a letter.
        await OkAsync(officer, p, new { trigger = "mark-incomplete", on = "2026-03-21" });
        Assert.Equal("Incomplete", State(p));
        Assert.DoesNotContain(p.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] == "decision");
        AssertNewLetter(p.Body, 0, "letter.incomplete");

        var complete = D("2026-03-31");
        await OkAsync(officer, p, new { trigger = "complete", documents = new[] { "criminal-record-extract" }, on = "2026-03-31" });
        var decision = Deadline(p.Body, "decision");
        Assert.Equal(complete.AddMonths(4), Due(decision));
        Assert.Equal("VisaGranted", (string?)decision["consequence"]);

        // Extensions are reasoned decisions; one of 3 months is allowed (7 months at most), a second is not.
        var noReason = await RefusedAsync(officer, p, new { trigger = "extend-decision-deadline", on = "2026-04-10" }, HttpStatusCode.Conflict, "procedure.deadline-rejected");
        Assert.Contains("ExtensionReasonMissing", (string)noReason["detail"]!, StringComparison.Ordinal);
        await OkAsync(officer, p, new { trigger = "extend-decision-deadline", reason = "Sponsor's income under verification", on = "2026-04-15" });
        Assert.Equal(complete.AddMonths(4 + 3), Due(Deadline(p.Body, "decision")));
        var second = await RefusedAsync(officer, p, new { trigger = "extend-decision-deadline", reason = "still checking", on = "2026-04-20" }, HttpStatusCode.Conflict, "procedure.deadline-rejected");
        Assert.Contains("ExtensionLimitReached", (string)second["detail"]!, StringComparison.Ordinal);
        Assert.Equal(complete.AddMonths(7), Due(Deadline(p.Body, "decision")));

        await ExamineAsync(officer, p, "2026-04-21", complete: false);
        await DecideAsync(officer, supervisor, p, "Refused", "Insufficient means of subsistence (art 10 §5).", "2026-04-22", "2026-04-23",
            "procedure.not-a-supervisor", "letter.stay.family-reunification.refused");
    }

    [Theory, SqliteData, PostgresData]
    public async Task FamilyReunification_ThirdCountrySponsor_NineMonths_TwoExtensionsToFifteen_AThirdRefused_GrantLetterInDutch(Provider provider)
    {
        var (officer, supervisor, _) = await ClientsAsync(provider);
        var (opened, dossier) = await TestData.OpenDossierAsync(officer, TestData.Person(TestData.UniqueName("Fnl")), "nl");
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var number = (string)dossier["number"]!;
        var p = await LodgeAsync(officer, number, "stay.family-reunification", FamilyDocs, lodgedOn: D("2026-03-31"));
        Assert.Equal("nl", (string?)p.Body["language"]);

        var complete = D("2026-03-31");
        await OkAsync(officer, p, new { trigger = "complete", on = "2026-03-31" });
        Assert.Equal(complete.AddMonths(9), Due(Deadline(p.Body, "decision")));
        await OkAsync(officer, p, new { trigger = "extend-decision-deadline", reason = "Kinship documents being verified", on = "2026-04-10" });
        Assert.Equal(complete.AddMonths(12), Due(Deadline(p.Body, "decision")));
        await OkAsync(officer, p, new { trigger = "extend-decision-deadline", reason = "Embassy inquiry", on = "2026-04-20" });
        Assert.Equal(complete.AddMonths(15), Due(Deadline(p.Body, "decision")));
        var third = await RefusedAsync(officer, p, new { trigger = "extend-decision-deadline", reason = "more", on = "2026-05-01" }, HttpStatusCode.Conflict, "procedure.deadline-rejected");
        Assert.Contains("ExtensionLimitReached", (string)third["detail"]!, StringComparison.Ordinal);

        await ExamineAsync(officer, p, "2026-05-02", complete: false);
        var letter = await DecideAsync(officer, supervisor, p, "Granted", null, "2026-05-04", "2026-05-05", "procedure.not-a-supervisor", "visa.d");

        // The letter is written in the dossier's language.
        var html = await officer.GetStringAsync($"/api/dossiers/{number}/documents/{(int)letter["sequence"]!}/content");
        Assert.Contains("lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains(number, html, StringComparison.Ordinal);

        await OkAsync(officer, p, new { trigger = "notify", channel = "ThroughDiplomaticPost", on = "2026-05-06" });
        Assert.Equal("Notified", State(p));
        await OkAsync(officer, p, new { trigger = "close", on = "2026-05-06" });
        Assert.Equal("Closed", State(p));
    }

    [Theory, SqliteData, PostgresData]
    public async Task FamilyReunification_ConfirmedDnaTestReplacesTheProofOfKinship_ANegativeResultDoesNot(Provider provider)
    {
        var (officer, _, _) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Dna"));
        var withoutKinship = FamilyDocs.Except(["proof-of-kinship"]).ToArray();

        var p = await LodgeAsync(officer, number, "stay.family-reunification", withoutKinship, lodgedOn: D("2026-03-20"));
        Assert.Equal(["proof-of-kinship"], Missing(p.Body));
        await OkAsync(officer, p, new { trigger = "request-dna-test", on = "2026-03-21" });
        Assert.Equal("AwaitingDnaTest", State(p));
        await RefusedAsync(officer, p, new { trigger = "record-dna-result", kinshipConfirmed = true, on = "2026-03-22" }, HttpStatusCode.Conflict, "procedure.dna-sample-not-taken");
        await OkAsync(officer, p, new { trigger = "record-dna-sample", on = "2026-03-25" });
        await OkAsync(officer, p, new { trigger = "record-dna-result", kinshipConfirmed = true, on = "2026-03-30" });
        Assert.Equal("Lodged", State(p));
        Assert.Empty(Missing(p.Body));
        var complete = D("2026-03-31");
        await OkAsync(officer, p, new { trigger = "complete", on = "2026-03-31" });
        Assert.Equal("Complete", State(p));
        Assert.Equal(complete.AddMonths(9), Due(Deadline(p.Body, "decision")));

        var q = await LodgeAsync(officer, number, "stay.family-reunification", withoutKinship, lodgedOn: D("2026-03-20"));
        await OkAsync(officer, q, new { trigger = "request-dna-test", on = "2026-03-21" });
        await OkAsync(officer, q, new { trigger = "record-dna-sample", on = "2026-03-25" });
        await OkAsync(officer, q, new { trigger = "record-dna-result", kinshipConfirmed = false, on = "2026-03-30" });
        Assert.Equal(["proof-of-kinship"], Missing(q.Body));
        var missing = await RefusedAsync(officer, q, new { trigger = "complete", on = "2026-03-31" }, HttpStatusCode.Conflict, "procedure.missing-documents");
        Assert.Equal(["proof-of-kinship"], missing["missing"]!.AsArray().Select(x => (string?)x));
    }

    // ---------------------------------------------------------------- EU family

    [Theory, SqliteData, PostgresData]
    public async Task EuFamily_SixMonthsFromLodging_RightRecognised_RefusalAnnex20NotifiedThroughMunicipalityOnly(Provider provider)
    {
        var (officer, supervisor, other) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Euf"));
        var lodged = D("2026-03-31");
        var p = await LodgeAsync(officer, number, "stay.eu-family", EuFamilyDocs, lodgedOn: lodged);

        // Art 42: 6 months from the application (annex 19ter), already running when lodged; silence recognises the right.
        var decision = Deadline(p.Body, "decision");
        Assert.Equal(lodged.AddMonths(6), Due(decision));
        Assert.Equal("RightRecognised", (string?)decision["consequence"]);
        Assert.True((bool)decision["unconfirmed"]!);

        await ExamineAsync(officer, p, "2026-04-01");
        await DecideAsync(supervisor, other, p, "Refused", "The kinship was not proven (art 40bis §2).", "2026-09-15", "2026-09-20",
            "procedure.four-eyes-violation", "annex.20");

        await RefusedAsync(officer, p, new { trigger = "notify", channel = "HandDelivery", on = "2026-09-25" }, HttpStatusCode.Conflict, "procedure.notification-channel-not-allowed");
        await RefusedAsync(officer, p, new { trigger = "notify", channel = "ThroughDiplomaticPost", on = "2026-09-25" }, HttpStatusCode.Conflict, "procedure.notification-channel-not-allowed");
        var notified = D("2026-09-25");
        await OkAsync(officer, p, new { trigger = "notify", channel = "ThroughMunicipality", on = "2026-09-25" });
        Assert.Equal("AppealWindowOpen", State(p));
        // 30 days end on Sunday 25 October 2026: moved to Monday 26 October.
        Assert.Equal(DayOfWeek.Sunday, notified.AddDays(30).DayOfWeek);
        Assert.Equal(notified.AddDays(31), Due(Deadline(p.Body, "appeal")));
    }

    [Theory, SqliteData, PostgresData]
    public async Task EuFamily_AfterSixMonthsOfSilence_RefusalTimeBarred_RightRecognisedByLaw(Provider provider)
    {
        var (officer, _, _) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Eus"));
        var lodged = D("2026-03-31");
        var p = await LodgeAsync(officer, number, "stay.eu-family", EuFamilyDocs, lodgedOn: lodged);
        await ExamineAsync(officer, p, "2026-04-01");
        var due = lodged.AddMonths(6);

        await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Refused", reasons = "late refusal", on = Iso(due.AddDays(1)) }, HttpStatusCode.Conflict, "procedure.decision-time-barred");
        await RefusedAsync(officer, p, new { trigger = "record-deemed-decision", on = Iso(due) }, HttpStatusCode.Conflict, "procedure.deadline-not-expired");
        await OkAsync(officer, p, new { trigger = "record-deemed-decision", on = Iso(due.AddDays(1)) });
        Assert.Equal("DeemedGranted", Outcome(p.Body));
        AssertNewLetter(p.Body, 0, "card.f");
        await OkAsync(officer, p, new { trigger = "notify", channel = "ThroughMunicipality", on = Iso(due.AddDays(2)) });
        Assert.Equal("Notified", State(p));
    }

    // ---------------------------------------------------------------- long-term resident, student

    [Theory, SqliteData, PostgresData]
    public async Task LongTermResident_FiveMonthsFromAnnex16bis_RefusalAnnex17_AppealAfterMunicipalityNotification(Provider provider)
    {
        var (officer, supervisor, _) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Ltr"));
        var p = await LodgeAsync(officer, number, "stay.long-term-resident", LongTermDocs.Except(["stable-resources"]).ToArray(), lodgedOn: D("2026-03-02"));
        Assert.DoesNotContain(p.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] == "decision");

        var complete = D("2026-03-31");
        await OkAsync(officer, p, new { trigger = "complete", documents = new[] { "stable-resources" }, on = "2026-03-31" });
        var decision = Deadline(p.Body, "decision");
        Assert.Equal(complete.AddMonths(5), Due(decision));
        Assert.Equal("PositiveDecision", (string?)decision["consequence"]);

        await ExamineAsync(officer, p, "2026-04-01", complete: false);
        await DecideAsync(officer, supervisor, p, "Refused", "Resources not stable over the reference period (art 15bis).", "2026-08-01", "2026-08-03",
            "procedure.not-a-supervisor", "annex.17");
        Assert.Equal("met", (string?)Deadline(p.Body, "decision")["status"]);
        var notified = D("2026-08-05");
        await RefusedAsync(officer, p, new { trigger = "notify", channel = "Electronic", on = "2026-08-05" }, HttpStatusCode.Conflict, "procedure.notification-channel-not-allowed");
        await OkAsync(officer, p, new { trigger = "notify", channel = "ThroughMunicipality", on = "2026-08-05" });
        Assert.Equal(DayOfWeek.Friday, notified.AddDays(30).DayOfWeek);
        Assert.Equal(notified.AddDays(30), Due(Deadline(p.Body, "appeal")));
        await OkAsync(officer, p, new { trigger = "close-appeal-window", appealLodged = true, on = "2026-08-10" });
        Assert.Equal("Closed", State(p));
    }

    [Theory, SqliteData, PostgresData]
    public async Task LongTermResident_AfterFiveMonthsOfSilence_AnLCardIsDeemedIssued(Provider provider)
    {
        var (officer, _, _) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Lts"));
        var p = await LodgeAsync(officer, number, "stay.long-term-resident", LongTermDocs, lodgedOn: D("2026-03-02"));
        var complete = D("2026-03-31");
        await OkAsync(officer, p, new { trigger = "complete", on = Iso(complete) });
        var due = complete.AddMonths(5);
        await RefusedAsync(officer, p, new { trigger = "record-deemed-decision", on = Iso(due) }, HttpStatusCode.Conflict, "procedure.deadline-not-expired");
        await OkAsync(officer, p, new { trigger = "record-deemed-decision", on = Iso(due.AddDays(1)) });
        Assert.Equal("DeemedGranted", Outcome(p.Body));
        AssertNewLetter(p.Body, 0, "card.l");
    }

    [Theory, SqliteData, PostgresData]
    public async Task Student_NinetyDaysFromTheCompleteApplication_SilenceHasNoEffect_LateRefusalStillPossible(Provider provider)
    {
        var (officer, supervisor, other) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Stu"));
        var p = await LodgeAsync(officer, number, "stay.student", StudentDocs.Except(["enrolment-certificate"]).ToArray(), lodgedOn: D("2026-03-02"));
        Assert.DoesNotContain(p.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] == "decision");
        await OkAsync(officer, p, new { trigger = "mark-incomplete", on = "2026-03-03" });
        AssertNewLetter(p.Body, 0, "letter.incomplete");

        var complete = D("2026-03-31");
        await OkAsync(officer, p, new { trigger = "complete", documents = new[] { "enrolment-certificate" }, on = "2026-03-31" });
        var decision = Deadline(p.Body, "decision");
        Assert.Equal(complete.AddDays(90), Due(decision));
        Assert.Null(decision["consequence"]);
        Assert.Contains("2016/801", (string)decision["legalBasis"]!, StringComparison.Ordinal);

        await ExamineAsync(officer, p, "2026-04-01", complete: false);
        // Dir. 2016/801 attaches no effect to silence: nothing is deemed, and a late refusal is not time-barred.
        await RefusedAsync(officer, p, new { trigger = "record-deemed-decision", on = Iso(complete.AddDays(91)) }, HttpStatusCode.Conflict, "procedure.no-deemed-decision");
        await DecideAsync(supervisor, other, p, "Refused", "No proof of sufficient means.", Iso(complete.AddDays(95)), Iso(complete.AddDays(96)),
            "procedure.four-eyes-violation", "letter.stay.student.refused");
        Assert.Equal("expired", (string?)Deadline(p.Body, "decision")["status"]);
        await RefusedAsync(officer, p, new { trigger = "notify", channel = "ThroughMunicipality", on = Iso(complete.AddDays(97)) }, HttpStatusCode.Conflict, "procedure.notification-channel-not-allowed");
        await OkAsync(officer, p, new { trigger = "notify", channel = "ThroughDiplomaticPost", on = Iso(complete.AddDays(97)) });
        Assert.Equal("AppealWindowOpen", State(p));
    }

    // ---------------------------------------------------------------- 9bis, 9ter

    [Theory, SqliteData, PostgresData]
    public async Task Humanitarian9bis_InadmissibleInTheAdmissibilityPhase_GrantOnlyOnTheMerits_NoDecisionDeadline(Provider provider)
    {
        var (officer, supervisor, other) = await ClientsAsync(provider);

        var numberA = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Nba"));
        var a = await LodgeAsync(officer, numberA, "stay.humanitarian-9bis", NineBisDocs, lodgedOn: D("2026-03-31"));
        Assert.DoesNotContain(a.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] == "decision");
        await ExamineAsync(officer, a, "2026-04-01");
        Assert.Equal("Admissibility", (string?)a.Body["phase"]);
        await RefusedAsync(officer, a, new { trigger = "extend-decision-deadline", reason = "r", on = "2026-04-01" }, HttpStatusCode.Conflict, "procedure.no-decision-deadline");
        await RefusedAsync(officer, a, new { trigger = "renew-attestation", reason = "r", on = "2026-04-01" }, HttpStatusCode.Conflict, "procedure.step-not-available");
        await RefusedAsync(officer, a, new { trigger = "propose", outcome = "Granted", on = "2026-04-02" }, HttpStatusCode.Conflict, "procedure.wrong-phase");
        await RefusedAsync(officer, a, new { trigger = "propose", outcome = "Inadmissible", on = "2026-04-02" }, HttpStatusCode.Conflict, "procedure.reasons-required");
        await DecideAsync(officer, supervisor, a, "Inadmissible", "No exceptional circumstances shown (art 9bis §1).", "2026-04-02", "2026-04-03",
            "procedure.not-a-supervisor", "letter.stay.9bis.inadmissible");
        await OkAsync(officer, a, new { trigger = "notify", channel = "ThroughMunicipality", on = "2026-04-03" });
        Assert.Equal("AppealWindowOpen", State(a));

        var numberB = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Nbb"));
        var b = await LodgeAsync(officer, numberB, "stay.humanitarian-9bis", NineBisDocs, lodgedOn: D("2026-03-31"));
        await ExamineAsync(officer, b, "2026-04-01");
        await OkAsync(officer, b, new { trigger = "declare-admissible", on = "2026-04-02" });
        Assert.Equal("Merits", (string?)b.Body["phase"]);
        Assert.DoesNotContain(b.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] is "decision" or "attestation");
        await RefusedAsync(officer, b, new { trigger = "declare-admissible", on = "2026-04-02" }, HttpStatusCode.Conflict, "procedure.invalid-transition");
        await RefusedAsync(officer, b, new { trigger = "propose", outcome = "Inadmissible", reasons = "r", on = "2026-04-03" }, HttpStatusCode.Conflict, "procedure.wrong-phase");
        await DecideAsync(supervisor, other, b, "Granted", null, "2026-04-03", "2026-04-04", "procedure.four-eyes-violation", "card.a");
        await OkAsync(officer, b, new { trigger = "notify", channel = "ThroughMunicipality", on = "2026-04-06" });
        Assert.Equal("Notified", State(b));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Medical9ter_AttestationThreeMonthsFromAdmissibility_RenewedAtMostThreeTimes_ThenMeritsRefusal(Provider provider)
    {
        var (officer, supervisor, _) = await ClientsAsync(provider);
        var number = await TestData.OpenDossierNumberAsync(officer, TestData.UniqueName("Nte"));
        var p = await LodgeAsync(officer, number, "stay.medical-9ter", NineTerDocs, lodgedOn: D("2026-03-02"));
        await ExamineAsync(officer, p, "2026-03-03");
        Assert.Equal("Admissibility", (string?)p.Body["phase"]);
        Assert.DoesNotContain(p.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] is "decision" or "attestation");
        await RefusedAsync(officer, p, new { trigger = "renew-attestation", reason = "r", on = "2026-03-04" }, HttpStatusCode.Conflict, "procedure.clock-not-started");

        var admissible = D("2026-03-31");
        await OkAsync(officer, p, new { trigger = "declare-admissible", on = "2026-03-31" });
        Assert.Equal("Merits", (string?)p.Body["phase"]);
        Assert.Equal(admissible.AddMonths(3), Due(Deadline(p.Body, "attestation")));
        Assert.DoesNotContain(p.Body["deadlines"]!.AsArray(), d => (string?)d!["kind"] == "decision");

        await RefusedAsync(officer, p, new { trigger = "renew-attestation", on = "2026-04-05" }, HttpStatusCode.Conflict, "procedure.deadline-rejected");
        await OkAsync(officer, p, new { trigger = "renew-attestation", reason = "Examination on the merits continues", on = "2026-04-10" });
        Assert.Equal(admissible.AddMonths(6), Due(Deadline(p.Body, "attestation")));
        await OkAsync(officer, p, new { trigger = "renew-attestation", reason = "Medical adviser's opinion pending", on = "2026-04-20" });
        Assert.Equal(admissible.AddMonths(9), Due(Deadline(p.Body, "attestation")));
        await OkAsync(officer, p, new { trigger = "renew-attestation", reason = "Still pending", on = "2026-05-01" });
        Assert.Equal(admissible.AddMonths(12), Due(Deadline(p.Body, "attestation")));
        var fourth = await RefusedAsync(officer, p, new { trigger = "renew-attestation", reason = "Again", on = "2026-05-10" }, HttpStatusCode.Conflict, "procedure.deadline-rejected");
        Assert.Contains("ExtensionLimitReached", (string)fourth["detail"]!, StringComparison.Ordinal);

        await RefusedAsync(officer, p, new { trigger = "propose", outcome = "Inadmissible", reasons = "r", on = "2026-05-11" }, HttpStatusCode.Conflict, "procedure.wrong-phase");
        await DecideAsync(officer, supervisor, p, "Refused", "Treatment available and accessible in the country of origin.", "2026-05-11", "2026-05-12",
            "procedure.not-a-supervisor", "letter.stay.9ter.unfounded");
        await RefusedAsync(officer, p, new { trigger = "notify", channel = "RegisteredMail", on = "2026-05-13" }, HttpStatusCode.Conflict, "procedure.notification-channel-not-allowed");
        await OkAsync(officer, p, new { trigger = "notify", channel = "ThroughMunicipality", on = "2026-05-13" });
        Assert.Equal("AppealWindowOpen", State(p));
    }

    // ---------------------------------------------------------------- helpers

    private sealed class Proc(string id, JsonObject body)
    {
        public string Id { get; } = id;

        public JsonObject Body { get; set; } = body;

        public int Version => (int)Body["version"]!;
    }

    private async Task<(HttpClient Officer, HttpClient Supervisor, HttpClient OtherSupervisor)> ClientsAsync(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        return (await app.ClientAsync(Roles.Stay), await app.ClientAsync(Roles.Supervisor), await app.ClientAsync(Roles.Supervisor));
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? State(Proc p) => (string?)p.Body["state"];

    /// <summary>The decision's outcome, by name as the requests send it.</summary>
    private static string? Outcome(JsonObject body) => (string?)body["decision"]?["outcome"];

    private static List<string?> Missing(JsonObject body) => [.. body["missing"]!.AsArray().Select(x => (string?)x)];

    private static JsonArray Letters(JsonObject body) => body["letters"]!.AsArray();

    private static JsonObject Deadline(JsonObject body, string kind, string? subject = null) =>
        body["deadlines"]!.AsArray().Single(d => (string?)d!["kind"] == kind && (subject is null || (string?)d["subject"] == subject))!.AsObject();

    private static DateOnly Due(JsonNode deadline) => D((string)deadline["dueDate"]!);

    private static async Task<Proc> LodgeAsync(HttpClient client, string number, string type, string[] documents, string? variant = null, DateOnly? lodgedOn = null)
    {
        var response = await client.PostAsJsonAsync($"/api/dossiers/{number}/procedures",
            new { type, variant, lodgedOn = lodgedOn is { } d ? Iso(d) : null, documents });
        var body = await TestData.BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"lodge {type}: {(int)response.StatusCode} {body}");
        Assert.Equal("Lodged", (string?)body["state"]);
        if (lodgedOn is { } on) Assert.Equal(on, D((string)body["lodgedOn"]!));
        return new Proc((string)body["id"]!, body);
    }

    private static async Task<(HttpResponseMessage Response, JsonObject Body)> ActAsync(HttpClient client, Proc p, object step)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/procedures/{p.Id}/actions") { Content = JsonContent.Create(step) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{p.Version}\""));
        var response = await client.SendAsync(request);
        return (response, await TestData.BodyAsync(response));
    }

    private static async Task<JsonObject> OkAsync(HttpClient client, Proc p, object step)
    {
        var (response, body) = await ActAsync(client, p, step);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{JsonSerializer.Serialize(step)}: {(int)response.StatusCode} {body}");
        p.Body = body;
        return body;
    }

    /// <summary>A step the rules refuse: the status and the problem type; the procedure does not change (its version neither).</summary>
    private static async Task<JsonObject> RefusedAsync(HttpClient client, Proc p, object step, HttpStatusCode status, string rule)
    {
        var version = p.Version;
        var (response, body) = await ActAsync(client, p, step);
        Assert.True(response.StatusCode == status, $"{JsonSerializer.Serialize(step)}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal(Problem + rule, (string?)body["type"]);
        var now = await TestData.BodyAsync(await client.GetAsync($"/api/procedures/{p.Id}"));
        Assert.Equal(version, (int)now["version"]!);
        return body;
    }

    /// <summary>complete (unless already), assign, start the examination, all on <paramref name="on"/>.</summary>
    private static async Task ExamineAsync(HttpClient client, Proc p, string on, bool complete = true)
    {
        if (complete) await OkAsync(client, p, new { trigger = "complete", on });
        await OkAsync(client, p, new { trigger = "assign", officer = "stay-officer", on });
        await OkAsync(client, p, new { trigger = "start-examination", on });
        Assert.Equal("UnderExamination", State(p));
    }

    /// <summary>
    /// Proposal by <paramref name="proposer"/>, who cannot validate it (403, <paramref name="selfValidation"/>), then
    /// validation by <paramref name="validator"/>: the decision is taken on <paramref name="validateOn"/> and a letter
    /// (<paramref name="documentCode"/>) is in the dossier's register. Returns the letter.
    /// </summary>
    private static async Task<JsonObject> DecideAsync(HttpClient proposer, HttpClient validator, Proc p, string outcome, string? reasons,
        string proposeOn, string validateOn, string selfValidation, string documentCode)
    {
        await OkAsync(proposer, p, new { trigger = "propose", outcome, reasons, on = proposeOn });
        Assert.Equal("ProposalWritten", State(p));
        await RefusedAsync(proposer, p, new { trigger = "validate", on = validateOn }, HttpStatusCode.Forbidden, selfValidation);
        var before = Letters(p.Body).Count;
        await OkAsync(validator, p, new { trigger = "validate", on = validateOn });
        Assert.Equal("Decided", State(p));
        Assert.Equal(outcome, Outcome(p.Body));
        Assert.Equal(D(validateOn), D((string)p.Body["decision"]!["on"]!));
        if (reasons is not null) Assert.Equal(reasons, (string?)p.Body["decision"]!["reasons"]);
        return AssertNewLetter(p.Body, before, documentCode);
    }

    private static JsonObject AssertNewLetter(JsonObject body, int before, string documentCode)
    {
        var letters = Letters(body);
        Assert.True(letters.Count > before, $"no new letter: {letters.ToJsonString()}");
        var letter = letters.Skip(before).FirstOrDefault(l => ((string)l!["title"]!).StartsWith(documentCode + " ", StringComparison.Ordinal)
            && (string?)l["contentType"] == "text/html; charset=utf-8");
        Assert.True(letter is not null, $"no {documentCode} letter among {letters.ToJsonString()}");
        return letter.AsObject();
    }
}
