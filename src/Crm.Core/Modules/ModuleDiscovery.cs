using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Crm.Core.Modules;

/// <summary>Finds the module assemblies the host references: project/package libraries that carry [assembly: Module].</summary>
public static class ModuleDiscovery
{
    public static IReadOnlyList<Assembly> FromHost(Assembly hostAssembly)
    {
        var context = DependencyContext.Load(hostAssembly)
            ?? throw new InvalidOperationException($"No dependency manifest (.deps.json) for '{hostAssembly.GetName().Name}'.");
        var found = new List<Assembly>();
        foreach (var library in context.RuntimeLibraries.Where(l => l.Type is "project" or "reference"))
        {
            foreach (var name in library.GetDefaultAssemblyNames(context))
            {
                var assembly = Assembly.Load(name);
                if (assembly.GetCustomAttribute<ModuleAttribute>() is not null) found.Add(assembly);
            }
        }
        return found;
    }
}
