using System.Globalization;
using Itinera.Domain.LegalClock;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages;

/// <summary>
/// The rules list: every statutory deadline of <see cref="LegalRules.All"/> as the legal clock applies it, with the
/// unconfirmed ones marked, and the Belgian public holidays of this year and the next (the days a period moving to the
/// next working day skips). For any signed-in user: it is the law, not a dossier.
/// </summary>
public sealed class RulesModel(TimeProvider clock) : PageModel
{
    public IReadOnlyList<IGrouping<string, LegalRule>> Sections { get; private set; } = [];
    public IReadOnlyList<(int Year, IReadOnlyList<PublicHoliday> Days)> Holidays { get; private set; } = [];

    public void OnGet()
    {
        var year = Ui.TodayInBrussels(clock).Year;
        Sections = [.. LegalRules.All.GroupBy(Section)];
        Holidays = [(year, BelgianHolidays.For(year)), (year + 1, BelgianHolidays.For(year + 1))];
    }

    /// <summary>The section of a rule: the first part of its code (stay, protection, appeal…).</summary>
    public static string Section(LegalRule rule) => rule.Code.Split('.')[0];

    /// <summary>"9 months", "9 mois", "9 maanden".</summary>
    public static string PeriodText(Period period) =>
        Text.Get($"rules.unit.{period.Unit}.{(period.Count == 1 ? "one" : "other")}", period.Count);

    public static string Extensions(LegalRule rule) => rule.Extensions.Count == 0
        ? Text.Get("rules.extensions.none")
        : string.Join(", ", rule.Extensions.Select(p => "+ " + PeriodText(p)));

    public static string SectionTitle(string section)
    {
        var key = "rules.section." + section;
        var text = Text.Get(key);
        return text == key ? section : text;
    }

    public static string DayName(DateOnly date) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(date.DayOfWeek);
}
