using Itinera.Web;
using Itinera.Web.Cli;
using Itinera.Web.Infrastructure;

// One program, several verbs: `serve` (the default) runs the web UI and the API; the others work on the configured
// database from the command line (see README.md). Every verb reads the same configuration.
var (verb, rest) = CommandLine.Split(args);
// Content root is the build output (appsettings.json travels there); ./data/ stays relative to where it is run.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = rest, ContentRootPath = rest.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory });
builder.AddItinera();
var app = builder.Build();

if (verb != "serve")
    return await CommandLine.RunAsync(app, verb, rest);

await app.PrepareDatabaseAsync();
app.UseItinera();
await app.RunAsync();
return 0;

public partial class Program;
