using System.Reflection;

namespace Crm.Core.Modules;

public sealed record ModuleInfo(string Id, string Name, string Description, Assembly Assembly);
