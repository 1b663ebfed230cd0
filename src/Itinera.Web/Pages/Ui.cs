using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Itinera.Domain.Persons;
using Itinera.Web.Infrastructure;
using Microsoft.AspNetCore.Html;

namespace Itinera.Web.Pages;

/// <summary>Small helpers the pages share: words, country names, dates in Brussels time, field errors.</summary>
public static class Ui
{
    private static readonly TimeZoneInfo Brussels = FindBrussels();

    public static string T(string key, params object?[] args) => Text.Get(key, args);

    /// <summary>The translated name of an enum value: key "enum.{Type}.{Value}".</summary>
    public static string EnumName<TEnum>(TEnum value) where TEnum : struct, Enum => Text.Get($"enum.{typeof(TEnum).Name}.{value}");

    /// <summary>A timeline event type, translated; an unknown code is shown as it is.</summary>
    public static string EventName(string type)
    {
        var key = "event." + type;
        var text = Text.Get(key);
        return text == key ? type : text;
    }

    /// <summary>One reason of a search result, in the user's language.</summary>
    public static string Reason(Features.Identity.ReasonJson r) => r.Kind switch
    {
        "name" => Text.Get("reason.name", r.Part, r.Matched, Text.Get("reason.name." + r.Agreement)),
        "birthDate" => Text.Get("reason.birthDate", Text.Get("reason.birthDate." + r.Agreement)),
        _ => Text.Get($"reason.{r.Kind}.{r.Agreement}"),
    };

    /// <summary>A field name as used in timelines and conflict reports (API names), translated.</summary>
    public static string FieldName(string field)
    {
        var key = "field." + field;
        var text = Text.Get(key);
        return text == key ? field : text;
    }

    public static string Fields(string? fields) =>
        string.Join(", ", (fields ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(FieldName));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>Date and time in Europe/Brussels.</summary>
    public static string Instant(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Brussels).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly TodayInBrussels(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Brussels).DateTime);

    /// <summary>Country name: the ISO 3166-1 short name in the interface language (the platform's RegionInfo gives
    /// native, not interface-language, names).</summary>
    public static string CountryName(string? code)
    {
        if (string.IsNullOrEmpty(code)) return "";
        if (code == Nationality.Stateless) return Text.Get("nationality.stateless");
        if (code == Nationality.Unknown) return Text.Get("nationality.unknown");
        if (code == Countries.Kosovo) return Text.Get("country.kosovo");
        var names = Text.Language() switch { "fr" => Countries.French, "nl" => Countries.Dutch, _ => Countries.All };
        return names.TryGetValue(code, out var name) ? name : code;
    }

    /// <summary>All countries (and Kosovo), sorted by their name in the interface language.</summary>
    public static IReadOnlyList<(string Code, string Name)> CountryOptions()
    {
        var culture = CultureInfo.CurrentUICulture;
        return Countries.All.Keys.Append(Countries.Kosovo).Distinct(StringComparer.Ordinal)
            .Select(c => (Code: c, Name: CountryName(c)))
            .OrderBy(c => c.Name, StringComparer.Create(culture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace))
            .ToList();
    }

    public static string NationalNumber(string? digits)
    {
        if (string.IsNullOrEmpty(digits)) return "";
        try { return BelgianIdentifier.Format(digits); }
        catch (ArgumentException) { return digits; }
    }

    /// <summary>The id of the element that carries a field's error message.</summary>
    public static string ErrorId(string field) => "err-" + field.Replace('.', '-');

    /// <summary>The field's messages as a paragraph, or nothing.</summary>
    public static IHtmlContent FieldError(IReadOnlyDictionary<string, string[]>? errors, string field)
    {
        if (errors is null || !errors.TryGetValue(field, out var messages) || messages.Length == 0) return HtmlString.Empty;
        var enc = HtmlEncoder.Default;
        return new HtmlString($"<p class=\"field-error\" id=\"{enc.Encode(ErrorId(field))}\">{enc.Encode(string.Join(" ", messages.Distinct(StringComparer.Ordinal)))}</p>");
    }

    /// <summary>aria-describedby and aria-invalid for an input: its hint (if any) and its error (if any).</summary>
    public static IHtmlContent Describe(IReadOnlyDictionary<string, string[]>? errors, string field, string? hintId = null)
    {
        var ids = new List<string>();
        if (hintId is not null) ids.Add(hintId);
        var invalid = errors is not null && errors.ContainsKey(field);
        if (invalid) ids.Add(ErrorId(field));
        if (ids.Count == 0) return HtmlString.Empty;
        var enc = HtmlEncoder.Default;
        var attr = $"aria-describedby=\"{enc.Encode(string.Join(' ', ids))}\"";
        return new HtmlString(invalid ? attr + " aria-invalid=\"true\"" : attr);
    }

    /// <summary>The error summary at the top of a form: focusable, each message links to its input.</summary>
    public static IHtmlContent ErrorSummary(IReadOnlyDictionary<string, string[]>? errors, Func<string, string> label, Func<string, string>? inputId = null)
    {
        if (errors is null || errors.Count == 0) return HtmlString.Empty;
        var enc = HtmlEncoder.Default;
        var sb = new System.Text.StringBuilder();
        sb.Append("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"error-summary\" aria-labelledby=\"error-summary-title\">");
        sb.Append("<h2 id=\"error-summary-title\">").Append(enc.Encode(Text.Get("ui.errors.title"))).Append("</h2><ul>");
        foreach (var (field, messages) in errors)
            foreach (var m in messages.Distinct(StringComparer.Ordinal))
                sb.Append("<li><a href=\"#").Append(enc.Encode(inputId?.Invoke(field) ?? field)).Append("\">")
                  .Append(enc.Encode(Text.Get("ui.errors.item", label(field), m))).Append("</a></li>");
        sb.Append("</ul></div>");
        return new HtmlString(sb.ToString());
    }

    public static string FileSize(long? bytes) => bytes switch
    {
        null => "",
        < 1024 => Text.Get("ui.bytes", bytes.Value),
        < 1024 * 1024 => Text.Get("ui.kb", Math.Round(bytes.Value / 1024.0, 1)),
        _ => Text.Get("ui.mb", Math.Round(bytes.Value / 1024.0 / 1024.0, 1)),
    };

    /// <summary>An event's detail with the enum codes it carries translated (alias source, document type, register kind).</summary>
    public static string EventDetail(Features.Dossiers.DossierEvent ev)
    {
        var detail = ev.Detail ?? "";
        switch (ev.Type)
        {
            case "alias.added" when Enum.TryParse<Features.Dossiers.AliasSource>(detail, out var source):
                return EnumName(source);
            case "identity-document.added" when Enum.TryParse<Features.Dossiers.IdentityDocumentType>(detail, out var type):
                return EnumName(type);
            case "stay.recorded":
                var cut = detail.LastIndexOf(' ');
                return cut > 0 && Enum.TryParse<Features.Stay.StaySource>(detail[(cut + 1)..], out var stay)
                    ? detail[..cut] + " " + EnumName(stay) : detail;
            case "document.received" or "document.registered":
                var parts = detail.Split(' ', 2);
                return parts.Length == 2 && Enum.TryParse<Features.Correspondence.DocumentKind>(parts[1], out var kind)
                    ? parts[0] + " " + EnumName(kind) : detail;
            default:
                return detail;
        }
    }

    public static string RoleName(string role)
    {
        var key = "role." + role;
        var text = Text.Get(key);
        return text == key ? role : text;
    }

    public static string Selected(bool on) => on ? "selected" : "";

    private static TimeZoneInfo FindBrussels()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }
}

/// <summary>The stylesheet, embedded in the assembly (there is no wwwroot), served at /site.css.</summary>
public static class SiteCss
{
    private static readonly Lazy<(string Content, string Hash)> Loaded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Itinera.Web.site.css")
            ?? throw new InvalidOperationException("site.css is not embedded.");
        using var reader = new StreamReader(stream);
        var content = reader.ReadToEnd();
        var hash = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)))[..12];
        return (content, hash);
    });

    public static string Content => Loaded.Value.Content;

    /// <summary>Short content hash: the layout links /site.css?v={Hash}, so a new version is never served stale.</summary>
    public static string Hash => Loaded.Value.Hash;

    public static IEndpointRouteBuilder MapSiteCss(this IEndpointRouteBuilder app)
    {
        app.MapGet("/site.css", (HttpContext http) =>
        {
            var etag = "\"" + Hash + "\"";
            http.Response.Headers.ETag = etag;
            http.Response.Headers.CacheControl = "public, max-age=86400";
            if (http.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.Text(Content, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
