namespace Itinera.Domain.LegalClock;

public static partial class LegalRules
{
    /// <summary>Orders to leave (legal-rules.md §3).</summary>
    public static class Return
    {
        /// <summary>Voluntary departure: 30 days from notification of the order to leave.</summary>
        public static LegalRule VoluntaryDeparture { get; } = new()
        {
            Code = "return.order-to-leave.voluntary-departure",
            Title = new(
                "Délai de départ volontaire de l'ordre de quitter le territoire",
                "Termijn voor vrijwillig vertrek van het bevel om het grondgebied te verlaten",
                "Voluntary departure period of an order to leave the territory"),
            Period = Period.CalendarDays(30),
            StartsOn = StartEvent.Notification,
            Consequence = ExpiryConsequence.RemovalEnforceable,
            LegalBasis = "Law art 74/14",
            Remark = "More than 7 but less than 30 days for people under art 6 (asylum seekers, admissible 9ter applicants, "
                + "expired C visa); less than 7 or 0 days for absconding risk, breach of a preventive measure, public-order "
                + "threat or fraud (arts 11 §2 4°, 13 §4 5°, 74/20, 74/21); under 30 days must be reasoned. EU citizens: "
                + "at least 30 days unless urgent. The period only defers forced removal; the stay remains illegal "
                + "(Council of State 238.569). Extension on request [fedasil]: its length is not given in legal-rules.md, "
                + "so no extension is modelled.",
        };

        /// <summary>Every return rule.</summary>
        public static IReadOnlyList<LegalRule> All { get; } = [VoluntaryDeparture];
    }
}
