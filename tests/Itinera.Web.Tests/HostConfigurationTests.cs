using Itinera.Web.Infrastructure;
using Itinera.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Itinera.Web.Tests;

public sealed class HostConfigurationTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, SqliteData, PostgresData]
    public async Task Program_UsesTheDatabaseAndStorageSettingsGivenByTheFactory(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        Assert.Equal(provider == Provider.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres, options.Provider);
        Assert.Equal(app.Database.ConnectionString, options.ConnectionString);
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        Assert.False(configuration.GetValue("Demo:Enabled", true));
        Assert.Equal(Path.Combine(app.Database.Folder, "documents"), configuration["Storage:Documents"]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Health_ReportsDatabaseReady(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var response = await app.AnonymousClient().GetAsync("/health");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await TestData.BodyAsync(response);
        Assert.Equal("healthy", (string?)body["status"]);
        Assert.Equal("ready", (string?)body["database"]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task OpenApiDocument_IsServedAnonymously_AndListsTheDossierApi(Provider provider)
    {
        var app = await apps.GetAsync(provider);
        var response = await app.AnonymousClient().GetAsync("/openapi/v1.json");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await TestData.BodyAsync(response);
        Assert.NotNull(body["openapi"]);
        Assert.NotNull(body["paths"]?["/api/dossiers"]);
        Assert.NotNull(body["paths"]?["/api/identifiers/{number}"]);
    }
}
