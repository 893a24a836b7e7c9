using IncidentBot.Core.Storage;
using Npgsql;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

/// <summary>How the bot sets up its connections to a PostgreSQL server; nothing here connects.</summary>
[TestFixture]
public sealed class PostgresDatabaseTests
{
    private const string Server = "Host=db.example;Database=incidentbot;Username=bot";

    [Test]
    public void ConnectionString_WithoutAPoolSize_CapsThePoolBelowNpgsqlsDefault()
    {
        using var database = new PostgresDatabase(Server);

        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString);

        Assert.That(settings.MaxPoolSize, Is.EqualTo(PostgresDatabase.DefaultMaxPoolSize));
        Assert.That(settings.ApplicationName, Is.EqualTo("incidentbot"));
    }

    [TestCase("Maximum Pool Size=40")]
    [TestCase("MaxPoolSize=40")]
    [TestCase("maximum pool size=40")]
    public void ConnectionString_NamingAPoolSize_KeepsIt(string pool)
    {
        using var database = new PostgresDatabase(Server + ";" + pool);

        Assert.That(new NpgsqlConnectionStringBuilder(database.ConnectionString).MaxPoolSize, Is.EqualTo(40));
    }

    [Test]
    public void ConnectionString_FromAUrl_CapsThePoolToo()
    {
        Assert.That(PostgresSettings.TryParse("postgres://bot:secret@db.example:5432/incidentbot", out var keywords), Is.True);
        using var database = new PostgresDatabase(keywords);

        Assert.That(new NpgsqlConnectionStringBuilder(database.ConnectionString).MaxPoolSize, Is.EqualTo(PostgresDatabase.DefaultMaxPoolSize));
    }

    [Test]
    public void ConnectionString_FromAUrlNamingAPoolSize_KeepsIt()
    {
        Assert.That(PostgresSettings.TryParse("postgres://bot:secret@db.example/incidentbot?Maximum%20Pool%20Size=40", out var keywords), Is.True);
        using var database = new PostgresDatabase(keywords);

        Assert.That(new NpgsqlConnectionStringBuilder(database.ConnectionString).MaxPoolSize, Is.EqualTo(40));
    }
}
