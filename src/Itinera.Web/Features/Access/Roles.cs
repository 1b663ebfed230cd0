namespace Itinera.Web.Features.Access;

/// <summary>The office's roles. A user holds one or more; an API token carries a subset as scopes.</summary>
public static class Roles
{
    public const string Registration = "registration";
    public const string Stay = "stay";
    public const string Protection = "protection";
    public const string Dublin = "dublin";
    public const string Enforcement = "enforcement";
    public const string Return = "return";
    public const string Detention = "detention";
    public const string Litigation = "litigation";
    public const string Statistics = "statistics";
    public const string DgOffice = "dg-office";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";
    public const string Auditor = "auditor";

    // Partners reach the office through the API with narrow rights.
    public const string PartnerMunicipality = "partner-municipality";
    public const string PartnerPolice = "partner-police";
    public const string PartnerSocialInspection = "partner-sirs";
    public const string PartnerCgra = "partner-cgra";
    public const string PartnerCce = "partner-cce";
    public const string PartnerFedasil = "partner-fedasil";
    public const string PartnerIom = "partner-iom";

    public static readonly IReadOnlyList<string> Internal =
    [
        Registration, Stay, Protection, Dublin, Enforcement, Return, Detention, Litigation,
        Statistics, DgOffice, Supervisor, Admin, Auditor,
    ];

    public static readonly IReadOnlyList<string> Partners =
    [
        PartnerMunicipality, PartnerPolice, PartnerSocialInspection, PartnerCgra, PartnerCce, PartnerFedasil, PartnerIom,
    ];

    public static readonly IReadOnlyList<string> All = [.. Internal, .. Partners];

    /// <summary>Departments that work on dossiers and may read them.</summary>
    public static readonly string[] DossierReaders =
        [Registration, Stay, Protection, Dublin, Enforcement, Return, Detention, Litigation, DgOffice, Supervisor];

    /// <summary>Departments that may open dossiers and record identities and documents.</summary>
    public static readonly string[] DossierWriters =
        [Registration, Stay, Protection, Dublin, Enforcement, Return, Detention, Supervisor];

    /// <summary>Who may check a national register or BIS number (it reveals birth date and sex).</summary>
    public static readonly string[] IdentifierCheckers =
        [.. DossierReaders, PartnerMunicipality, PartnerPolice, PartnerSocialInspection];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

/// <summary>Named authorization policies: each endpoint and page names the one it needs.</summary>
public static class Policies
{
    public const string DossierRead = nameof(DossierRead);
    public const string DossierWrite = nameof(DossierWrite);
    public const string IdentifierCheck = nameof(IdentifierCheck);
    public const string UserAdmin = nameof(UserAdmin);
    public const string AuditRead = nameof(AuditRead);
    /// <summary>Second pair of eyes: approving merges, validating decisions.</summary>
    public const string Supervise = nameof(Supervise);
    /// <summary>Any signed-in user, for their own account and tokens.</summary>
    public const string SignedIn = nameof(SignedIn);
}
