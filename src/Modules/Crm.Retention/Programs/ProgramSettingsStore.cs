using System.Text.Json.Nodes;
using Crm.Core.Settings;

namespace Crm.Retention.Programs;

/// <summary>The programs' settings, read from and written to the tenant setting <c>RetentionPrograms</c>.</summary>
public sealed class ProgramSettingsStore(SiteSettings settings)
{
    public async Task<IReadOnlyDictionary<string, ProgramSettings>> AllAsync(CancellationToken cancellationToken = default) =>
        ProgramSettings.AllFrom((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(ProgramSettings.SettingName));

    public async Task<ProgramSettings> ForAsync(string program, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).GetValueOrDefault(program) ?? ProgramSettings.Default;

    public async Task SaveAsync(string program, ProgramSettings value, CancellationToken cancellationToken = default)
    {
        var all = (await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(ProgramSettings.SettingName) as JsonObject;
        var updated = all?.DeepClone().AsObject() ?? [];
        updated[program] = value.ToJson();
        await settings.SetAsync(ProgramSettings.SettingName, updated, cancellationToken);
    }
}
