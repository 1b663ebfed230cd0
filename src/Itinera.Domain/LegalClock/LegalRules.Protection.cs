namespace Itinera.Domain.LegalClock;

public static partial class LegalRules
{
    /// <summary>International protection and trafficking victims (legal-rules.md §5 "Asylum registration" and §8).</summary>
    public static class Protection
    {
        /// <summary>Registration of an application for international protection: 3 working days, up to 10 on mass arrivals.</summary>
        public static LegalRule Registration { get; } = new()
        {
            Code = "protection.registration",
            Title = new(
                "Enregistrement de la demande de protection internationale",
                "Registratie van het verzoek om internationale bescherming",
                "Registration of an application for international protection"),
            Period = Period.WorkingDays(3),
            StartsOn = StartEvent.ProtectionApplicationMade,
            Extensions = [Period.WorkingDays(7)],
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Dir. 2013/32 art 6",
            Remark = "The extension (to 10 working days) is for mass arrivals only. Belgium: after registration, report to "
                + "the municipality within 8 working days; attestation 4 months, then 8-month renewals [D5].",
        };

        /// <summary>Registration when the application was made to another authority: 6 working days (UNCONFIRMED).</summary>
        public static LegalRule RegistrationOtherAuthority { get; } = new()
        {
            Code = "protection.registration.other-authority",
            Title = new(
                "Enregistrement d'une demande présentée à une autre autorité",
                "Registratie van een verzoek gedaan bij een andere overheid",
                "Registration of an application made to another authority"),
            Period = Period.WorkingDays(6),
            StartsOn = StartEvent.ProtectionApplicationMade,
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Dir. 2013/32 art 6",
            UnconfirmedNote = "legal-rules.md §5: the 6 working days (other authority) are UNCONFIRMED.",
        };

        /// <summary>Belgium: the application is lodged on the registration day or within 30 days of being made.</summary>
        public static LegalRule Lodging { get; } = new()
        {
            Code = "protection.lodging",
            Title = new(
                "Introduction de la demande de protection internationale",
                "Indiening van het verzoek om internationale bescherming",
                "Lodging of an application for international protection"),
            Period = Period.CalendarDays(30),
            StartsOn = StartEvent.ProtectionApplicationMade,
            Consequence = ExpiryConsequence.None,
            LegalBasis = "Lodging of the application [D4] (no article given in legal-rules.md)",
            Remark = "Lodged on the registration day or within 30 days of being made.",
        };

        /// <summary>Presumed victim of trafficking: annex 15, 45-day reflection period.</summary>
        public static LegalRule TraffickingReflection { get; } = new()
        {
            Code = "protection.trafficking.reflection",
            Title = new(
                "Période de réflexion de la victime présumée de traite des êtres humains (annexe 15)",
                "Bedenktijd van het vermoedelijke slachtoffer van mensenhandel (bijlage 15)",
                "Reflection period of a presumed victim of trafficking (annex 15)"),
            Period = Period.CalendarDays(45),
            StartsOn = StartEvent.Annex15Delivered,
            Consequence = ExpiryConsequence.DocumentExpires,
            LegalBasis = "Law art 61/2",
            Remark = "Since 20 May 2017. On cooperation: attestation of immatriculation 3 months (+3 once), then an A card "
                + "for 6 months. Unaccompanied minors get a 3-month document immediately [M2].",
        };

        /// <summary>Every protection rule.</summary>
        public static IReadOnlyList<LegalRule> All { get; } =
            [Registration, RegistrationOtherAuthority, Lodging, TraffickingReflection];
    }
}
