namespace Itinera.Domain.LegalClock;

public static partial class LegalRules
{
    /// <summary>Administrative detention (legal-rules.md §2).</summary>
    public static class Detention
    {
        /// <summary>Detention to carry out a removal: 2 months, +2 months, then +1 month; release after 5 months.</summary>
        public static LegalRule Removal { get; } = new()
        {
            Code = "detention.removal",
            Title = new(
                "Durée de la détention en vue de l'éloignement",
                "Duur van de vasthouding met het oog op verwijdering",
                "Length of detention for removal"),
            Period = Period.Months(2),
            StartsOn = StartEvent.DetentionDecision,
            Extensions = [Period.Months(2), Period.Months(1)],
            Consequence = ExpiryConsequence.Release,
            LegalBasis = "Law arts 7, 25, 27, 74/5, 74/6",
            Remark = "Extensions require removal steps within 7 working days, diligence, and removal still possible. 1st "
                + "extension by the DVZ; from the 2nd, the Minister, with a petition to the raadkamer [K1].",
        };

        /// <summary>Detention for public order or national security: then +1 month at a time up to 8 months.</summary>
        public static LegalRule PublicOrder { get; } = new()
        {
            Code = "detention.removal.public-order",
            Title = new(
                "Durée de la détention en vue de l'éloignement — ordre public ou sécurité nationale",
                "Duur van de vasthouding met het oog op verwijdering — openbare orde of nationale veiligheid",
                "Length of detention for removal — public order or national security"),
            Period = Period.Months(2),
            StartsOn = StartEvent.DetentionDecision,
            Extensions = [Period.Months(2), Period.Months(1), Period.Months(1), Period.Months(1), Period.Months(1)],
            Consequence = ExpiryConsequence.Release,
            LegalBasis = "Law arts 7, 25, 27, 74/5, 74/6",
            Remark = "Read as the ordinary 2 + 2 + 1 months, then +1 month at a time, maximum 8 months. Refusing to depart "
                + "once documents exist restarts the maximum [D1]. No maximum under arts 52/4 al. 4, 54 §2 al. 2, "
                + "57/32 §2 al. 2 [K1].",
        };

        /// <summary>Removal steps must be taken within 7 working days for the detention to be extendable.</summary>
        public static LegalRule RemovalSteps { get; } = new()
        {
            Code = "detention.removal-steps",
            Title = new(
                "Démarches en vue de l'éloignement pendant la détention",
                "Stappen met het oog op verwijdering tijdens de vasthouding",
                "Removal steps during detention"),
            Period = Period.WorkingDays(7),
            StartsOn = StartEvent.DetentionDecision,
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Conditions of extension [K1, D1] (no article given in legal-rules.md)",
            Remark = "Without these steps the detention cannot be extended.",
        };

        /// <summary>Closed family unit: 2 weeks, extendable after evaluation, maximum 28 days.</summary>
        public static LegalRule FamilyUnit { get; } = new()
        {
            Code = "detention.family-unit",
            Title = new(
                "Durée du maintien d'une famille en unité familiale fermée",
                "Duur van het verblijf van een gezin in een gesloten gezinswoning",
                "Length of a family's stay in a closed family unit"),
            Period = Period.Weeks(2),
            StartsOn = StartEvent.DetentionDecision,
            Extensions = [Period.Weeks(2)],
            Consequence = ExpiryConsequence.Release,
            LegalBasis = "Law art 74/9 §§1-3",
            Remark = "Families with minors are never held in an ordinary closed centre. The royal decree of 22 July 2018 was "
                + "partly suspended by the Council of State on 4 April 2019 [A5].",
            UnconfirmedNote = "legal-rules.md §2: the article number is UNCONFIRMED; the 2 weeks / 28 days come from news "
                + "reports.",
        };

        /// <summary>Every detention rule.</summary>
        public static IReadOnlyList<LegalRule> All { get; } = [Removal, PublicOrder, RemovalSteps, FamilyUnit];
    }
}
