using System.Globalization;

namespace Itinera.Web.Infrastructure;

/// <summary>
/// The interface's words in French, Dutch and English. One table, so a test can prove every key has all three.
/// Keys are stable and lower-case with dots; {0} placeholders are filled with string.Format.
/// </summary>
public static partial class Text
{
    public static readonly string[] Languages = ["fr", "nl", "en"];

    public static string Language(CultureInfo? culture = null)
    {
        var name = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName;
        return Languages.Contains(name) ? name : "fr";
    }

    public static string Get(string key, params object?[] args)
    {
        if (!Entries.TryGetValue(key, out var t)) return key;
        var template = Language() switch { "nl" => t.Nl, "en" => t.En, _ => t.Fr };
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }

    /// <summary>The text in a given language (letters speak the procedure's language, not the reader's).</summary>
    public static string GetIn(string language, string key)
    {
        if (!Entries.TryGetValue(key, out var t)) return key;
        return language switch { "nl" => t.Nl, "en" => t.En, _ => t.Fr };
    }

    public sealed record Entry(string Fr, string Nl, string En);

    public static IReadOnlyDictionary<string, Entry> All => Entries;

    private static Dictionary<string, Entry>? entries;

    /// <summary>API and validation words (this file) and the pages' words (Text.Ui.cs), one table.</summary>
    private static Dictionary<string, Entry> Entries => entries ??= Core.Concat(Ui).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static readonly Dictionary<string, Entry> Core = new(StringComparer.Ordinal)
    {
        // Problems (RFC 9457 titles)
        ["problem.validation"] = new("Certaines données sont invalides.", "Sommige gegevens zijn ongeldig.", "Some fields are invalid."),
        ["problem.not-found"] = new("Introuvable.", "Niet gevonden.", "Not found."),
        ["problem.stale"] = new("Quelqu'un d'autre a modifié ce dossier entre-temps.", "Iemand anders heeft dit dossier intussen gewijzigd.", "Someone else changed this record in the meantime."),
        ["problem.precondition-required"] = new("L'en-tête If-Match est requis pour modifier.", "De header If-Match is vereist om te wijzigen.", "The If-Match header is required to change this record."),
        ["problem.unauthorized"] = new("Connexion requise.", "Aanmelding vereist.", "Authentication required."),
        ["problem.forbidden"] = new("Votre rôle ne permet pas cette action.", "Uw rol staat deze handeling niet toe.", "Your role does not allow this."),
        ["problem.conflict"] = new("Conflit avec l'état actuel.", "Conflict met de huidige toestand.", "Conflict with the current state."),
        ["problem.server"] = new("Erreur inattendue; rien n'a été modifié.", "Onverwachte fout; er is niets gewijzigd.", "Unexpected error; nothing was changed."),
        ["problem.stale.detail"] = new("Champs modifiés depuis votre version : {0}.", "Velden gewijzigd sinds uw versie: {0}.", "Fields changed since your version: {0}."),

        // Validation messages
        ["v.required"] = new("Obligatoire.", "Verplicht.", "Required."),
        ["v.too-long"] = new("Trop long (maximum {0} caractères).", "Te lang (maximum {0} tekens).", "Too long (at most {0} characters)."),
        ["v.partial-date"] = new("Date attendue au format AAAA, AAAA-MM ou AAAA-MM-JJ.", "Datum verwacht als JJJJ, JJJJ-MM of JJJJ-MM-DD.", "Expected a date as YYYY, YYYY-MM or YYYY-MM-DD."),
        ["v.date-in-future"] = new("La date ne peut pas être dans le futur.", "De datum mag niet in de toekomst liggen.", "The date cannot be in the future."),
        ["v.date"] = new("Date attendue au format AAAA-MM-JJ.", "Datum verwacht als JJJJ-MM-DD.", "Expected a date as YYYY-MM-DD."),
        ["v.date-order"] = new("La date de fin précède la date de début.", "De einddatum ligt vóór de begindatum.", "The end date is before the start date."),
        ["v.country"] = new("Code pays ISO 3166-1 alpha-2 attendu.", "ISO 3166-1 alpha-2 landcode verwacht.", "Expected an ISO 3166-1 alpha-2 country code."),
        ["v.nationality"] = new("Code pays ISO 3166-1 alpha-2, STLS (apatride) ou UNK (inconnue) attendu.", "ISO 3166-1 alpha-2 landcode, STLS (staatloos) of UNK (onbekend) verwacht.", "Expected an ISO 3166-1 alpha-2 code, STLS (stateless) or UNK (unknown)."),
        ["v.nationality-duplicate"] = new("Nationalité en double.", "Dubbele nationaliteit.", "Duplicate nationality."),
        ["v.nationality-exclusive"] = new("Apatride ou inconnue ne se combine pas avec une nationalité.", "Staatloos of onbekend gaat niet samen met een nationaliteit.", "Stateless or unknown cannot be combined with a nationality."),
        ["v.sex"] = new("Valeurs permises : M, F ou vide.", "Toegelaten waarden: M, F of leeg.", "Allowed values: M, F or empty."),
        ["v.enum"] = new("Valeur inconnue. Valeurs permises : {0}.", "Onbekende waarde. Toegelaten waarden: {0}.", "Unknown value. Allowed values: {0}."),
        ["v.national-number"] = new("Numéro de registre national ou BIS invalide : {0}", "Ongeldig rijksregister- of BIS-nummer: {0}", "Invalid national register or BIS number: {0}"),
        ["v.national-number-birth"] = new("Le numéro ne correspond pas à la date de naissance.", "Het nummer stemt niet overeen met de geboortedatum.", "The number does not match the birth date."),
        ["v.national-number-sex"] = new("Le numéro ne correspond pas au sexe.", "Het nummer stemt niet overeen met het geslacht.", "The number does not match the sex."),
        ["v.language"] = new("Langue de la procédure : fr ou nl.", "Taal van de procedure: fr of nl.", "Language of the procedure: fr or nl."),
        ["v.role"] = new("Rôle inconnu : {0}.", "Onbekende rol: {0}.", "Unknown role: {0}."),
        ["v.scope"] = new("L'utilisateur n'a pas ce rôle : {0}.", "De gebruiker heeft deze rol niet: {0}.", "The user does not hold this role: {0}."),
        ["v.range"] = new("Valeur hors limites ({0} à {1}).", "Waarde buiten de grenzen ({0} tot {1}).", "Value out of range ({0} to {1})."),
        ["v.file"] = new("Fichier requis.", "Bestand vereist.", "A file is required."),
        ["v.file-too-large"] = new("Fichier trop volumineux (maximum {0} Mo).", "Bestand te groot (maximum {0} MB).", "File too large (at most {0} MB)."),
        ["outcome.Granted"] = new("Demande accordée.", "Aanvraag ingewilligd.", "Application granted."),
        ["outcome.Refused"] = new("Demande refusée.", "Aanvraag geweigerd.", "Application refused."),
        ["outcome.Inadmissible"] = new("Demande irrecevable.", "Aanvraag onontvankelijk.", "Application inadmissible."),
        ["outcome.NotConsidered"] = new("Demande non prise en considération.", "Aanvraag niet in overweging genomen.", "Application not taken into consideration."),
        ["outcome.Withdrawn"] = new("Demande retirée.", "Aanvraag ingetrokken.", "Application withdrawn."),
        ["outcome.DeemedGranted"] = new("Décision positive réputée prise : le délai légal a expiré sans décision.", "Positieve beslissing geacht genomen: de wettelijke termijn is verstreken zonder beslissing.", "Positive decision deemed taken: the legal deadline expired without a decision."),
        ["problem.procedure-rule"] = new("Cette étape n'est pas permise par la procédure.", "Deze stap is niet toegelaten door de procedure.", "The procedure does not allow this step."),
        ["v.name-letters"] = new("Le nom doit contenir des lettres.", "De naam moet letters bevatten.", "The name must contain letters."),
        ["v.must-differ"] = new("Les deux dossiers doivent être différents.", "De twee dossiers moeten verschillen.", "The two dossiers must differ."),
        ["problem.possible-duplicate"] = new("Cette personne a peut-être déjà un dossier.", "Deze persoon heeft mogelijk al een dossier.", "This person may already have a dossier."),
        ["problem.possible-duplicate.detail"] = new("{0} dossier(s) ressemblant(s). Vérifiez-les ; s'il s'agit d'une autre personne, confirmez-le (confirmDifferentPerson).", "{0} gelijkaardig(e) dossier(s). Controleer ze; gaat het om een andere persoon, bevestig dat dan (confirmDifferentPerson).", "{0} similar dossier(s). Check them; if this is a different person, confirm it (confirmDifferentPerson)."),
        ["problem.four-eyes"] = new("Le principe des quatre yeux exige un second agent.", "Het vier-ogenprincipe vereist een tweede ambtenaar.", "The four-eyes principle requires a second officer."),
        ["problem.invalid-state"] = new("Action impossible dans l'état actuel.", "Actie niet mogelijk in de huidige toestand.", "Action not possible in the current state."),
        ["problem.dossier-merged"] = new("Ce dossier a été fusionné dans le dossier {0}.", "Dit dossier werd samengevoegd met dossier {0}.", "This dossier was merged into dossier {0}."),
        ["v.purpose"] = new("Finalité inconnue. Valeurs permises : {0}.", "Onbekend doel. Toegelaten waarden: {0}.", "Unknown purpose. Allowed values: {0}."),
        ["id.empty"] = new("numéro vide.", "leeg nummer.", "empty number."),
        ["id.format"] = new("seuls des chiffres, points, tirets et espaces sont permis.", "enkel cijfers, punten, streepjes en spaties zijn toegelaten.", "only digits, dots, dashes and spaces are allowed."),
        ["id.length"] = new("11 chiffres attendus.", "11 cijfers verwacht.", "11 digits expected."),
        ["id.checksum"] = new("les chiffres de contrôle ne correspondent pas.", "de controlecijfers kloppen niet.", "the check digits do not match."),
        ["id.sequence"] = new("numéro d'ordre impossible (001 à 997).", "onmogelijk volgnummer (001 tot 997).", "impossible sequence number (001 to 997)."),
        ["id.birth-date"] = new("date de naissance impossible.", "onmogelijke geboortedatum.", "impossible birth date."),
        ["id.bis-not-national"] = new("c'est un numéro BIS, pas un numéro de registre national.", "dit is een BIS-nummer, geen rijksregisternummer.", "this is a BIS number, not a national register number."),
        ["id.national-not-bis"] = new("c'est un numéro de registre national, pas un numéro BIS.", "dit is een rijksregisternummer, geen BIS-nummer.", "this is a national register number, not a BIS number."),
        ["v.username-taken"] = new("Ce nom d'utilisateur existe déjà.", "Deze gebruikersnaam bestaat al.", "This user name already exists."),
        ["v.password"] = new("Mot de passe trop faible : {0}", "Wachtwoord te zwak: {0}", "Password too weak: {0}"),
        ["v.body"] = new("Corps de requête JSON illisible.", "Onleesbare JSON-body.", "Unreadable JSON body."),
    };
}
