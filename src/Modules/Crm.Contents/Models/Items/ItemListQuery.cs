namespace Crm.Contents.Models.Items;

/// <summary>What the list URL asks for: ?q= quick search, ?filter= (URL filter form), ?sort=Field[ desc], ?after= cursor, ?count=exact.</summary>
public sealed record ItemListQuery(string? Q, string? Filter, string? Sort, string? After, bool ExactCount, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>The list URL with this query and some values replaced (null drops a parameter).</summary>
    public string Url(string typeName, string? sort = "", string? after = null, bool? exact = null)
    {
        var parts = new List<string>();
        Add("q", Q);
        Add("filter", Filter);
        Add("sort", sort == "" ? Sort : sort);
        Add("after", after);
        if (exact ?? ExactCount) parts.Add("count=exact");
        if (Size != DefaultSize) parts.Add($"size={Size}");
        return $"/contents/{Uri.EscapeDataString(typeName)}" + (parts.Count > 0 ? "?" + string.Join("&", parts) : "");

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
