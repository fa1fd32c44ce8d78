namespace Commerce.Kernel;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
