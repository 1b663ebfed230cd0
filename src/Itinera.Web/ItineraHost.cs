using System.Globalization;
using Itinera.Web.Data;
using Itinera.Web.Features.Access;
using Itinera.Web.Features.Audit;
using Itinera.Web.Features.Correspondence;
using Itinera.Web.Features.Demo;
using Itinera.Web.Features.Dossiers;
using Itinera.Web.Features.Identifiers;
using Itinera.Web.Infrastructure;
using Itinera.Web.Pages;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace Itinera.Web;

/// <summary>The host's composition: each module adds its services and maps its endpoints here, and nowhere else.</summary>
public static class ItineraHost
{
    public static readonly CultureInfo[] Cultures = [new("fr-BE"), new("nl-BE"), new("en")];

    public static WebApplicationBuilder AddItinera(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddItineraDatabase(builder.Configuration);
        services.AddAccess();
        services.AddScoped<DossierService>();
        services.AddScoped<DocumentRegister>();
        var documents = builder.Configuration["Storage:Documents"] ?? Path.Combine("data", "documents");
        services.AddSingleton<IDocumentStore>(new FileSystemDocumentStore(Path.GetFullPath(documents)));
        services.AddScoped<DemoData>();
        services.AddScoped<PersonImport>();
        services.AddSingleton<Features.Identity.RegistryIndex>();
        services.AddHostedService<Features.Identity.RegistryIndexFollower>();
        services.AddScoped<Features.Identity.PersonSearch>();
        services.AddScoped<Features.Identity.DuplicateReview>();
        services.AddScoped<Features.Identity.Merging>();
        services.AddScoped<Features.Procedures.ProcedureService>();
        services.AddScoped<Features.Stay.StayRecords>();
        services.AddSingleton<Features.Correspondence.PdfPrinter>();

        // Enums travel as their names, both ways (a request says "Refused", the answer says "Refused").
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemMapping.Customize);
        services.AddOpenApi();
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(builder.Configuration["Storage:Keys"] ?? Path.Combine("data", "keys"))));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", Policies.SignedIn);
            o.Conventions.AuthorizeFolder("/Dossiers", Policies.DossierRead);
            o.Conventions.AuthorizePage("/Dossiers/New", Policies.DossierWrite);
            o.Conventions.AuthorizePage("/Dossiers/Edit", Policies.DossierWrite);
            o.Conventions.AuthorizePage("/Dossiers/Register", Policies.DossierWrite);
            o.Conventions.AuthorizeFolder("/Identity", Policies.DossierWrite);
            o.Conventions.AuthorizeFolder("/Procedures", Policies.DossierRead);
            o.Conventions.AuthorizePage("/Procedures/New", Policies.DossierWrite);
            o.Conventions.AuthorizeFolder("/Stay", Policies.DossierRead);
            o.Conventions.AuthorizePage("/Rules", Policies.SignedIn);
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Language");
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            // "Accept-Language: nl" (or fr) names the language without the region: accept it too, or it falls back to French.
            CultureInfo[] accepted = [.. Cultures, new("nl"), new("fr")];
            o.SupportedCultures = accepted;
            o.SupportedUICultures = accepted;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        await DatabaseSetup.PrepareAsync(app.Services, options.MigrateOnStart);
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<UserAccounts>().EnsureRolesAsync();
        if (app.Configuration.GetValue("Demo:Enabled", true))
            await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync(app.Configuration.GetValue("Demo:Dossiers", 300), Console.Out);
    }

    public static WebApplication UseItinera(this WebApplication app)
    {
        // A malformed body (truncated JSON, a wrong type) is the caller's error: 400, not 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.Use(async (ctx, next) =>
        {
            ctx.Response.Headers.XContentTypeOptions = "nosniff";
            ctx.Response.Headers.XFrameOptions = "DENY";
            ctx.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<PurposeHeaderCheck>();
        app.UseAuthorization();

        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Itinera API v1");
            o.RoutePrefix = "api/docs";
        });
        app.MapGet("/health", async (ItineraDbContext db, CancellationToken ct) =>
        {
            var ready = await db.Database.CanConnectAsync(ct);
            return ready
                ? Results.Ok(new { status = "healthy", database = "ready" })
                : Results.Json(new { status = "unhealthy", database = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous().WithTags("Health").WithSummary("Liveness and database readiness");

        app.MapDossiers();
        app.MapIdentifiers();
        Features.Identity.PersonSearchApi.MapIdentity(app);
        Features.Procedures.ProcedureApi.MapProcedures(app);
        app.MapAccess();
        app.MapAudit();
        Features.Stay.SchengenApi.MapStay(app);
        Features.Stay.DossierStayApi.MapDossierStays(app);
        app.MapSiteCss();
        app.MapRazorPages();
        return app;
    }
}

/// <summary>X-Purpose, when given, must be one of the known purposes: an unknown one is refused, not ignored.</summary>
public sealed class PurposeHeaderCheck(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var value = context.Request.Headers[HttpCurrentActor.PurposeHeader].ToString();
        if (value.Length > 0 && !(Enum.TryParse<AuditPurpose>(value, true, out var p) && Enum.IsDefined(p) && !int.TryParse(value, out _)))
        {
            var errors = new ValidationErrors();
            errors.Add(HttpCurrentActor.PurposeHeader, Text.Get("v.purpose", string.Join(", ", Enum.GetNames<AuditPurpose>())));
            await Problems.ValidationFailed(errors).ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}

public static class ProblemMapping
{
    public static void Customize(ProblemDetailsContext ctx)
    {
        var p = ctx.ProblemDetails;
        if (p.Type is not null && p.Type.StartsWith(Problems.TypePrefix, StringComparison.Ordinal)) return;
        (p.Type, p.Title) = p.Status switch
        {
            400 => (Problems.Validation, Text.Get("problem.validation")),
            401 => (Problems.Unauthorized, Text.Get("problem.unauthorized")),
            403 => (Problems.Forbidden, Text.Get("problem.forbidden")),
            404 => (Problems.NotFound, Text.Get("problem.not-found")),
            409 => (Problems.Conflict, Text.Get("problem.conflict")),
            _ when p.Status >= 500 => (Problems.ServerError, Text.Get("problem.server")),
            _ => (p.Type, p.Title),
        };
        if (p.Status == 400 && !p.Extensions.ContainsKey("errors"))
            p.Extensions["errors"] = new Dictionary<string, string[]> { ["body"] = [Text.Get("v.body")] };
        // Exception details never reach the caller, whatever the environment.
        p.Detail = p.Status >= 500 ? null : p.Detail;
        p.Extensions.Remove("exception");
    }
}
