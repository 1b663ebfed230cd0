using System.Globalization;
using Itinera.Domain.Stay;
using Itinera.Web.Features.Access;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Itinera.Web.Features.Stay;

/// <summary>One short stay as the caller gives it: dates as YYYY-MM-DD, exit null or absent while the person is still present.</summary>
public sealed record StayInput(string? Entry, string? Exit);

/// <summary>The stays to assess, the day of the control and, optionally, a planned entry.</summary>
public sealed record SchengenRequest(IReadOnlyList<StayInput?>? Stays, string? ControlDate, string? PlannedEntry);

public sealed record PlannedStayJson(string Entry, int DaysAvailable, string? LatestExit);

/// <summary>The 90/180 answer. <c>latestLegalExit</c> is null when no stay is in progress on the control date.</summary>
public sealed record SchengenResultJson(int DaysUsed, int DaysRemaining, int OverstayDays, string? LatestLegalExit, PlannedStayJson? PlannedStay);

public static class SchengenApi
{
    /// <summary>
    /// Who may use the calculator: the officers who read dossiers (<see cref="Roles.DossierReaders"/>, as
    /// <see cref="Policies.DossierRead"/>) and the federal police partner. The police check the 90/180 rule at the
    /// borders and during controls on the territory (Schengen Borders Code art 6 and 8); the calculator takes and returns
    /// only dates, no name or number, so it tells them nothing about any person the office knows. Other partners have no
    /// use for it and keep no access, as everywhere else.
    /// Not a named policy in <see cref="Policies"/>: it serves this one endpoint and lives with it.
    /// </summary>
    public static readonly AuthorizationPolicy CalculatorPolicy = new AuthorizationPolicyBuilder()
        .RequireRole(Roles.DossierReaders.Append(Roles.PartnerPolice))
        .Build();

    public static IEndpointRouteBuilder MapStay(this IEndpointRouteBuilder app)
    {
        // No audit row: the body holds dates only, never who travelled, so there is no personal data to account for
        // (GDPR art 4(1)); the calculation changes nothing. Refused calls are still audited by the authorization handler.
        app.MapPost("/api/stay/schengen-calculator", Results<Ok<SchengenResultJson>, ProblemHttpResult> ([FromBody] SchengenRequest? body) =>
        {
            var outcome = SchengenCheck.Run(body ?? new SchengenRequest(null, null, null));
            if (outcome.Errors is not null) return Problems.ValidationFailed(outcome.Errors);
            return TypedResults.Ok(ToJson(outcome.Assessment!));
        })
        .WithTags("Stay")
        .WithSummary("Schengen 90/180 rule: days used in the 180-day window ending on the control date, days remaining, overstay, latest legal exit and, for a planned entry, how long the person may stay")
        .RequireAuthorization(CalculatorPolicy);
        return app;
    }

    public static SchengenResultJson ToJson(SchengenAssessment a) => new(
        a.DaysUsed,
        a.DaysRemaining,
        a.OverstayDays,
        a.LatestLegalExit is { } exit ? SchengenCheck.Format(exit) : null,
        a.Planned is { } p ? new PlannedStayJson(SchengenCheck.Format(p.Entry), p.DaysAvailable, p.LatestExit is { } l ? SchengenCheck.Format(l) : null) : null);
}

/// <summary>The assessment, or every invalid field (API names: <c>stays[i].entry</c>, <c>controlDate</c>…) with its message.</summary>
public sealed record SchengenOutcome(SchengenAssessment? Assessment, ValidationErrors? Errors, IReadOnlyList<ShortStay> Stays);

/// <summary>
/// Reads and checks the request, then applies <see cref="SchengenCalculator"/>: shared by the API and the page, so both
/// answer the same and name the same fields.
/// </summary>
public static class SchengenCheck
{
    /// <summary>More stays than anyone records; bounds the work of one request.</summary>
    public const int MaxStays = 200;

    /// <summary>Dates outside this range are refused: no short stay under the rule lies there, and it keeps the day arithmetic far from DateOnly's limits.</summary>
    public static readonly DateOnly MinDate = new(1990, 1, 1);

    public static readonly DateOnly MaxDate = new(2199, 12, 31);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <param name="request">The caller's input.</param>
    /// <param name="stayField">The field name of the i-th stay of the request (the page numbers its rows differently).</param>
    public static SchengenOutcome Run(SchengenRequest request, Func<int, string>? stayField = null)
    {
        stayField ??= i => $"stays[{i}]";
        var errors = new ValidationErrors();
        var control = ReadDate(request.ControlDate, "controlDate", required: true, errors);
        var planned = ReadDate(request.PlannedEntry, "plannedEntry", required: false, errors);

        var stays = new List<ShortStay>();
        if (request.Stays is null) errors.Add("stays", Text.Get("v.required"));
        else if (request.Stays.Count > MaxStays) errors.Add("stays", Text.Get("schengen.v.too-many", MaxStays));
        else
        {
            for (var i = 0; i < request.Stays.Count; i++)
            {
                var name = stayField(i);
                if (request.Stays[i] is not { } input)
                {
                    errors.Add(name, Text.Get("v.required"));
                    continue;
                }
                var entry = ReadDate(input.Entry, name + ".entry", required: true, errors);
                var exit = ReadDate(input.Exit, name + ".exit", required: false, errors);
                if (entry is null) continue;
                if (exit is { } x && x < entry) errors.Add(name + ".exit", Text.Get("v.date-order"));
                if (control is { } c && entry > c) errors.Add(name + ".entry", Text.Get("schengen.v.entry-after-control", Format(c)));
                stays.Add(new ShortStay(entry.Value, exit));
            }
        }
        if (planned is { } p && control is { } cd && p < cd) errors.Add("plannedEntry", Text.Get("schengen.v.planned-before-control", Format(cd)));
        if (!errors.IsEmpty || control is null) return new SchengenOutcome(null, errors, stays);

        // The checks above name every field they can at once. The calculator's own checks (overlapping stays, a planned
        // entry while the person is still present) need valid dates, so they come once those pass; each names its field.
        var result = SchengenCalculator.Assess(stays, control.Value, planned);
        if (result.TryGetValue(out var assessment, out var error)) return new SchengenOutcome(assessment, null, stays);
        switch (error)
        {
            case ExitBeforeEntry e:
                errors.Add(stayField(e.StayIndex) + ".exit", Text.Get("v.date-order"));
                break;
            case ControlDateBeforeEntry e:
                errors.Add(stayField(e.StayIndex) + ".entry", Text.Get("schengen.v.entry-after-control", Format(control.Value)));
                break;
            case OverlappingStays e:
                // Name the stay that enters second: its entry falls inside the other one.
                var (first, second) = stays[e.SecondIndex].Entry >= stays[e.FirstIndex].Entry ? (e.FirstIndex, e.SecondIndex) : (e.SecondIndex, e.FirstIndex);
                errors.Add(stayField(second) + ".entry", Text.Get("schengen.v.overlap", Format(stays[first].Entry)));
                break;
            case PlannedEntryBeforeControlDate:
                errors.Add("plannedEntry", Text.Get("schengen.v.planned-before-control", Format(control.Value)));
                break;
            case PlannedEntryDuringStay e:
                errors.Add("plannedEntry", Text.Get("schengen.v.planned-during-stay", Format(stays[e.StayIndex].Entry)));
                break;
            default:
                errors.Add("body", error.Code);
                break;
        }
        return new SchengenOutcome(null, errors, stays);
    }

    private static DateOnly? ReadDate(string? value, string field, bool required, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(field, Text.Get("v.required"));
            return null;
        }
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(field, Text.Get("v.date"));
            return null;
        }
        if (date < MinDate || date > MaxDate)
        {
            errors.Add(field, Text.Get("v.range", Format(MinDate), Format(MaxDate)));
            return null;
        }
        return date;
    }
}
