namespace Crm.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
