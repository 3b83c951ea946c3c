namespace NewsSite.Store;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
