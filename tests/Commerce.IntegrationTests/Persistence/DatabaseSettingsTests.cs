using Commerce.Kernel;
using Microsoft.Extensions.Configuration;

namespace Commerce.IntegrationTests.Persistence;

/// <summary>How the database is chosen and configured from settings; a wrong value stops the host with a clear message.</summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public void Sqlite_commits_are_flushed_to_disk_unless_told_otherwise()
    {
        var settings = DatabaseSettings.FromConfiguration(Configuration(("ConnectionStrings:Commerce", "Data Source=x.db")));

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal(SqliteSynchronous.Full, settings.SqliteSynchronous);
        Assert.True(settings.SqliteBackgroundCheckpoints);
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("true", true)]
    public void Background_checkpoints_can_be_turned_off(string value, bool expected)
    {
        var settings = DatabaseSettings.FromConfiguration(Configuration(
            ("ConnectionStrings:Commerce", "Data Source=x.db"), ("Commerce:Database:SqliteBackgroundCheckpoints", value)));

        Assert.Equal(expected, settings.SqliteBackgroundCheckpoints);
    }

    [Fact]
    public void A_background_checkpoint_setting_other_than_true_or_false_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.FromConfiguration(Configuration(
            ("ConnectionStrings:Commerce", "Data Source=x.db"), ("Commerce:Database:SqliteBackgroundCheckpoints", "sometimes"))));

        Assert.Contains("Commerce:Database:SqliteBackgroundCheckpoints", error.Message);
    }

    [Theory]
    [InlineData("Normal", SqliteSynchronous.Normal)]
    [InlineData("normal", SqliteSynchronous.Normal)]
    [InlineData("FULL", SqliteSynchronous.Full)]
    public void The_durability_of_sqlite_commits_can_be_chosen(string value, SqliteSynchronous expected)
    {
        var settings = DatabaseSettings.FromConfiguration(Configuration(
            ("ConnectionStrings:Commerce", "Data Source=x.db"), ("Commerce:Database:SqliteSynchronous", value)));

        Assert.Equal(expected, settings.SqliteSynchronous);
    }

    [Theory]
    [InlineData("Off")]
    [InlineData("1")]
    [InlineData("Extra")]
    public void An_unknown_durability_is_refused_with_the_values_allowed(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.FromConfiguration(Configuration(
            ("ConnectionStrings:Commerce", "Data Source=x.db"), ("Commerce:Database:SqliteSynchronous", value))));

        Assert.Contains("Commerce:Database:SqliteSynchronous", error.Message);
        Assert.Contains("Full, Normal", error.Message);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
