using Crm.Core.Data;
using FluentMigrator;

namespace Crm.Core.Scheduling.Migrations;

/// <summary>
/// When each tenant next has background work (timers, outbox, sweeps). Only tenants with work have a row, so the
/// scheduler finds due tenants with one indexed query and an idle tenant costs nothing.
/// </summary>
[HostMigration]
[Migration(202611221600)]
public sealed class TenantWakeupsMigration : Migration
{
    public override void Up()
    {
        Create.Table("tenant_wakeups")
            .WithColumn("tenant").AsString(40).PrimaryKey()
            .WithColumn("due_utc").AsString(40).NotNullable()
            .WithColumn("version").AsInt64().NotNullable()
            .WithColumn("lease_until").AsString(40).Nullable();
        Create.Index("ix_tenant_wakeups_due").OnTable("tenant_wakeups").OnColumn("due_utc").Ascending();
    }

    public override void Down() => Delete.Table("tenant_wakeups");
}
