namespace Crm.Bench.Common;

/// <summary>Reads a bench's command line option by option.</summary>
public sealed class BenchArguments(string[] args)
{
    private int _index = -1;

    /// <summary>Parses with <paramref name="parse"/>; on a bad command line prints why and returns false.</summary>
    public static bool TryParse<T>(string[] args, Func<string[], T> parse, out T options)
    {
        try
        {
            options = parse(args);
            return true;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            options = default!;
            return false;
        }
    }

    public bool MoveNext() => ++_index < args.Length;

    public string Option => args[_index];

    public string Value() => _index + 1 < args.Length ? args[++_index] : throw new ArgumentException($"{Option} needs a value.");

    public int PositiveNumber() =>
        int.TryParse(Value(), out var n) && n > 0 ? n : throw new ArgumentException($"{Option} needs a positive whole number.");

    public ArgumentException Unknown(string usage) => new($"Unknown option '{Option}'. Options: {usage}.");
}
