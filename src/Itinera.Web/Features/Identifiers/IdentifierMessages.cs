using Itinera.Domain.Persons;
using Itinera.Web.Infrastructure;

namespace Itinera.Web.Features.Dossiers;

/// <summary>Why a national register or BIS number was refused, in the user's language.</summary>
public static class IdentifierMessages
{
    public static string Describe(IdentifierRejection? rejection) => rejection switch
    {
        null => "",
        IdentifierRejection.Empty => Text.Get("id.empty"),
        IdentifierRejection.Format => Text.Get("id.format"),
        IdentifierRejection.Length => Text.Get("id.length"),
        IdentifierRejection.Checksum => Text.Get("id.checksum"),
        IdentifierRejection.Sequence => Text.Get("id.sequence"),
        IdentifierRejection.BirthDate => Text.Get("id.birth-date"),
        IdentifierRejection.BisNotNational => Text.Get("id.bis-not-national"),
        IdentifierRejection.NationalNotBis => Text.Get("id.national-not-bis"),
        _ => rejection.Value.ToString(),
    };
}
