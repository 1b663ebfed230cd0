using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Itinera.Web.Pages;

/// <summary>A page with a form: the field errors of its last submission, keyed by field name.</summary>
public abstract class FormPage : PageModel
{
    public IReadOnlyDictionary<string, string[]>? Errors { get; protected set; }

    /// <summary>Keeps the errors, dropping a prefix the service adds (e.g. "person.").</summary>
    protected void SetErrors(ValidationErrors? errors, string prefix = "")
    {
        Errors = errors?.ToDictionary().ToDictionary(
            e => e.Key.StartsWith(prefix, StringComparison.Ordinal) ? e.Key[prefix.Length..] : e.Key, e => e.Value, StringComparer.Ordinal);
    }
}
