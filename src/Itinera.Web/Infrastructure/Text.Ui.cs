namespace Itinera.Web.Infrastructure;

public static partial class Text
{
    /// <summary>The pages' words.</summary>
    private static readonly Dictionary<string, Entry> Ui = new(StringComparer.Ordinal)
    {
        ["app.name"] = new("Itinera", "Itinera", "Itinera"),
    };
}
