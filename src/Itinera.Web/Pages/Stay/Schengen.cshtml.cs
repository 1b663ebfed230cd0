using Itinera.Domain.Stay;
using Itinera.Web.Features.Stay;
using Microsoft.AspNetCore.Mvc;

namespace Itinera.Web.Pages.Stay;

/// <summary>
/// The Schengen 90/180 calculator for officers: the same check as POST /api/stay/schengen-calculator, on a form that
/// works without JavaScript (a script only adds rows in place). Nothing is stored and nothing is audited: the form
/// holds dates only, never who travelled.
/// </summary>
public sealed class SchengenModel(TimeProvider clock) : FormPage
{
    /// <summary>Rows the form shows at least, so a few stays can be typed at once.</summary>
    public const int MinRows = 4;

    public sealed class StayRow
    {
        public string? Entry { get; set; }
        public string? Exit { get; set; }
        public bool IsEmpty => string.IsNullOrWhiteSpace(Entry) && string.IsNullOrWhiteSpace(Exit);
    }

    /// <summary>One counted stay: its row on the form, its dates, and its days inside the 180-day window.</summary>
    public sealed record CountedStay(int Row, DateOnly Entry, DateOnly? Exit, DateOnly? WindowFrom, DateOnly? WindowTo, int DaysInWindow);

    [BindProperty] public List<StayRow> Stays { get; set; } = [];
    [BindProperty] public string? ControlDate { get; set; }
    [BindProperty] public string? PlannedEntry { get; set; }
    public SchengenAssessment? Result { get; private set; }
    public IReadOnlyList<CountedStay> Counted { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public void OnGet()
    {
        Today = Ui.TodayInBrussels(clock);
        ControlDate = Ui.Date(Today);
        Pad(0);
    }

    public void OnPost()
    {
        Today = Ui.TodayInBrussels(clock);
        // Empty rows are left out; the others keep their row number in the names of their fields.
        var rows = Stays.Select((s, i) => (Row: s, Index: i)).Where(r => !r.Row.IsEmpty).ToList();
        var request = new SchengenRequest([.. rows.Select(r => (StayInput?)new StayInput(r.Row.Entry, r.Row.Exit))], ControlDate, PlannedEntry);
        var outcome = SchengenCheck.Run(request, k => $"stays[{rows[k].Index}]");
        SetErrors(outcome.Errors);
        if (outcome.Assessment is { } a)
        {
            Result = a;
            Counted = [.. outcome.Stays.Select((s, k) => Count(rows[k].Index, s, a))];
        }
        Pad(0);
    }

    /// <summary>Without JavaScript, "add a stay" posts the form back with one more empty row; nothing is computed.</summary>
    public void OnPostAddRow()
    {
        Today = Ui.TodayInBrussels(clock);
        Pad(1);
    }

    /// <summary>At least <see cref="MinRows"/> rows, and at least one empty row after the last filled one (plus <paramref name="extra"/>).</summary>
    private void Pad(int extra)
    {
        var lastFilled = Stays.FindLastIndex(s => !s.IsEmpty);
        var wanted = Math.Max(MinRows, lastFilled + 2) + extra;
        if (Stays.Count > wanted && extra == 0) Stays = Stays.GetRange(0, wanted);
        while (Stays.Count < wanted) Stays.Add(new StayRow());
    }

    private static CountedStay Count(int row, ShortStay stay, SchengenAssessment a)
    {
        var from = stay.Entry > a.WindowStart ? stay.Entry : a.WindowStart;
        var end = stay.Exit is { } x && x < a.ControlDate ? x : a.ControlDate;
        var days = end >= from ? end.DayNumber - from.DayNumber + 1 : 0;
        return new CountedStay(row, stay.Entry, stay.Exit, days > 0 ? from : null, days > 0 ? end : null, days);
    }

    /// <summary>The label of a field in the error summary: "Stay 2 — exit", "Control date"…</summary>
    public static string Label(string field)
    {
        if (field.StartsWith("stays[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var close and > 6
            && int.TryParse(field[6..close], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row))
        {
            var part = field[(close + 1)..].TrimStart('.');
            return part.Length == 0 ? Ui.T("schengen.stay-n", row + 1) : Ui.T("schengen.stay-n", row + 1) + " — " + Ui.T("schengen.field." + part);
        }
        return Ui.T("schengen.field." + field);
    }

    /// <summary>The id of the input a field's error links to.</summary>
    public static string InputId(string field) => field switch
    {
        "controlDate" => "controlDate",
        "plannedEntry" => "plannedEntry",
        "stays" => "stay-0-entry",
        _ => field.Replace("stays[", "stay-", StringComparison.Ordinal).Replace("].", "-", StringComparison.Ordinal).TrimEnd(']'),
    };
}
