namespace Crm.Bench.Tenants;

/// <summary>Command-line options: <c>--tenants N</c> (default 200), <c>--keep</c> (leave the data directory for inspection).</summary>
public sealed record BenchOptions(int Tenants, bool Keep)
{
    public const int DefaultTenants = 200;

    public static BenchOptions Parse(string[] args)
    {
        var tenants = DefaultTenants;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tenants" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n is > 0 and <= 999:
                    tenants = n;
                    i++;
                    break;
                case "--keep":
                    keep = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown or invalid argument '{args[i]}'. Usage: [--tenants N (1-999)] [--keep]");
            }
        }
        return new BenchOptions(tenants, keep);
    }
}
