using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Itinera.Web.Features.Correspondence;

/// <summary>What a decision letter says, in the language of the procedure (fr or nl).</summary>
public sealed record LetterContent(
    string Language, string DossierNumber, string Reference, string Recipient, string? RecipientAddress, string? BirthDate, string? Nationality,
    string DocumentCode, string ProcedureTitle, string DecisionTitle, IReadOnlyList<string> Reasons, IReadOnlyList<string> LegalBasis,
    DateOnly DecisionDate, string DecidedBy, string? ViaMunicipality, string? AppealText, IReadOnlyList<string> Checklist);

/// <summary>
/// Decision letters (annexes of the royal decree of 8 October 1981, or letters) as printable HTML: an A4 print
/// stylesheet, the office's heading, the decision, its reasons and legal basis, and the appeal that opens. The
/// words are French or Dutch: the language of the procedure, never the officer's interface language.
/// </summary>
public static class Letters
{
    private static readonly Dictionary<string, (string Fr, string Nl)> Words = new(StringComparer.Ordinal)
    {
        ["office"] = ("Service public fédéral Intérieur — Office des étrangers", "Federale Overheidsdienst Binnenlandse Zaken — Dienst Vreemdelingenzaken"),
        ["address"] = ("Boulevard Pachéco 44, 1000 Bruxelles", "Pachecolaan 44, 1000 Brussel"),
        ["annex"] = ("Annexe {0}", "Bijlage {0}"),
        ["dossier"] = ("Dossier", "Dossier"),
        ["reference"] = ("Référence", "Referentie"),
        ["document"] = ("Document", "Document"),
        ["to"] = ("Destinataire", "Bestemmeling"),
        ["born"] = ("né(e) le", "geboren op"),
        ["nationality"] = ("nationalité", "nationaliteit"),
        ["procedure"] = ("Procédure", "Procedure"),
        ["decision"] = ("Décision", "Beslissing"),
        ["reasons"] = ("Motifs", "Motieven"),
        ["basis"] = ("Base légale", "Rechtsgrond"),
        ["missing"] = ("Documents manquants", "Ontbrekende documenten"),
        ["decided"] = ("Décision du {0}, validée par {1}.", "Beslissing van {0}, gevalideerd door {1}."),
        ["via"] = ("Notification par l'intermédiaire de l'administration communale de {0}.", "Kennisgeving via het gemeentebestuur van {0}."),
        ["appeal"] = ("Recours", "Beroep"),
        ["signature"] = ("Pour le Secrétaire d'État à l'Asile et la Migration", "Voor de Staatssecretaris voor Asiel en Migratie"),
        ["print"] = ("Imprimer", "Afdrukken"),
    };

    private static string W(string lang, string key, params object?[] args)
    {
        var (fr, nl) = Words[key];
        var text = lang == "nl" ? nl : fr;
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    /// <summary>The heading of the document: the annex of the royal decree, the visa or card instruction, or a decision letter.</summary>
    private static string Title(string l, string code, string procedure) => code switch
    {
        _ when code.StartsWith("annex-", StringComparison.Ordinal) => W(l, "annex", code["annex-".Length..]),
        "incomplete" => l == "nl" ? $"Onvolledige aanvraag — {procedure}" : $"Demande incomplète — {procedure}",
        "visa.c" => l == "nl" ? "Instructie tot afgifte van een visum kort verblijf (C)" : "Instruction de délivrance d'un visa de court séjour (C)",
        "visa.d" => l == "nl" ? "Instructie tot afgifte van een visum lang verblijf (D)" : "Instruction de délivrance d'un visa de long séjour (D)",
        "card.a" or "card.f" or "card.l" => l == "nl" ? $"Instructie tot afgifte van een {code[^1..].ToUpperInvariant()}-kaart" : $"Instruction de délivrance d'une carte {code[^1..].ToUpperInvariant()}",
        _ when code.EndsWith(".refused", StringComparison.Ordinal) || code.EndsWith(".refusal", StringComparison.Ordinal) || code.EndsWith(".unfounded", StringComparison.Ordinal)
            => l == "nl" ? $"Weigeringsbeslissing — {procedure}" : $"Décision de refus — {procedure}",
        _ when code.EndsWith(".inadmissible", StringComparison.Ordinal) => l == "nl" ? $"Beslissing tot onontvankelijkheid — {procedure}" : $"Décision d'irrecevabilité — {procedure}",
        _ => l == "nl" ? $"Beslissing — {procedure}" : $"Décision — {procedure}",
    };

    /// <summary>The rules list writes "Law art 10ter"; a letter names the law in its own language.</summary>
    private static string LawName(string lang, string basis) =>
        basis.Replace("Law art", lang == "nl" ? "Wet van 15 december 1980, art." : "Loi du 15 décembre 1980, art.", StringComparison.Ordinal)
             .Replace("RD art", lang == "nl" ? "KB van 8 oktober 1981, art." : "AR du 8 octobre 1981, art.", StringComparison.Ordinal);

    public static string Html(LetterContent c)
    {
        var l = c.Language == "nl" ? "nl" : "fr";
        var title = Title(l, c.DocumentCode, c.ProcedureTitle);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"""
            <!doctype html>
            <html lang="{l}"><head><meta charset="utf-8"><title>{E(title)} — {E(c.DossierNumber)}</title>
            <style>
            @page {"{"} size: A4; margin: 20mm 18mm; {"}"}
            body {"{"} font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.4; color: #000; max-width: 174mm; margin: 0 auto; {"}"}
            header {"{"} border-bottom: 1px solid #000; margin-bottom: 8mm; {"}"}
            h1 {"{"} font-size: 14pt; {"}"} h2 {"{"} font-size: 11pt; margin: 6mm 0 2mm; {"}"}
            table.meta td {"{"} padding: 0 4mm 1mm 0; vertical-align: top; {"}"}
            .signature {"{"} margin-top: 15mm; {"}"}
            .no-print {"{"} margin: 4mm 0; {"}"}
            @media print {"{"} .no-print {"{"} display: none; {"}"} {"}"}
            </style></head><body>
            <header><strong>{E(W(l, "office"))}</strong><br>{E(W(l, "address"))}</header>
            <p class="no-print"><button onclick="window.print()">{E(W(l, "print"))}</button></p>
            <h1>{E(title)}</h1>
            <table class="meta">
            <tr><td>{E(W(l, "dossier"))}</td><td><strong>{E(c.DossierNumber)}</strong></td></tr>
            <tr><td>{E(W(l, "reference"))}</td><td>{E(c.Reference)}</td></tr>
            <tr><td>{E(W(l, "document"))}</td><td>{E(c.DocumentCode)}</td></tr>
            <tr><td>{E(W(l, "to"))}</td><td>{E(c.Recipient)}{(c.BirthDate is null ? "" : ", " + E(W(l, "born")) + " " + E(c.BirthDate))}{(c.Nationality is null ? "" : ", " + E(W(l, "nationality")) + " " + E(c.Nationality))}{(c.RecipientAddress is null ? "" : "<br>" + E(c.RecipientAddress))}</td></tr>
            <tr><td>{E(W(l, "procedure"))}</td><td>{E(c.ProcedureTitle)}</td></tr>
            </table>
            <h2>{E(W(l, "decision"))}</h2>
            <p><strong>{E(c.DecisionTitle)}</strong></p>
            """);
        if (c.Checklist.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W(l, "missing"))}</h2><ul>");
            foreach (var item in c.Checklist) sb.Append(CultureInfo.InvariantCulture, $"<li>{E(item)}</li>");
            sb.Append("</ul>");
        }
        if (c.Reasons.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W(l, "reasons"))}</h2>");
            foreach (var r in c.Reasons) sb.Append(CultureInfo.InvariantCulture, $"<p>{E(r)}</p>");
        }
        if (c.LegalBasis.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W(l, "basis"))}</h2><ul>");
            foreach (var b in c.LegalBasis) sb.Append(CultureInfo.InvariantCulture, $"<li>{E(LawName(l, b))}</li>");
            sb.Append("</ul>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<p>{E(W(l, "decided", c.DecisionDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), c.DecidedBy))}</p>");
        if (c.ViaMunicipality is not null) sb.Append(CultureInfo.InvariantCulture, $"<p>{E(W(l, "via", c.ViaMunicipality))}</p>");
        if (c.AppealText is not null) sb.Append(CultureInfo.InvariantCulture, $"<h2>{E(W(l, "appeal"))}</h2><p>{E(c.AppealText)}</p>");
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"signature\">{E(W(l, "signature"))}</p></body></html>");
        return sb.ToString();
    }
}

/// <summary>
/// Turns a letter's HTML into PDF with headless Chromium where it is installed (Debian package `chromium`); null
/// otherwise — the HTML, printable from any browser, is then the document.
/// </summary>
public sealed class PdfPrinter(IConfiguration configuration, ILogger<PdfPrinter> log)
{
    private string? Chromium => configuration["Letters:Chromium"] is { Length: > 0 } configured ? configured
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

    public bool Available => Chromium is not null;

    public async Task<byte[]?> PrintAsync(string html, CancellationToken ct)
    {
        if (Chromium is not { } chromium) return null;
        var folder = Directory.CreateTempSubdirectory("itinera-letter-");
        try
        {
            var input = Path.Combine(folder.FullName, "letter.html");
            var output = Path.Combine(folder.FullName, "letter.pdf");
            await File.WriteAllTextAsync(input, html, ct);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
                ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={output}", new Uri(input).AbsoluteUri },
            };
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            _ = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return File.Exists(output) ? await File.ReadAllBytesAsync(output, ct) : null;
        }
#pragma warning disable CA1031 // a letter without PDF is still a letter (HTML); the failure is logged without content
        catch (Exception e)
        {
            log.LogWarning("PDF printing failed: {Error}", e.GetType().Name);
            return null;
        }
#pragma warning restore CA1031
        finally
        {
            try { folder.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
