using System.Text;

namespace Crm.Core.Data;

/// <summary>Text searched with LIKE ... ESCAPE '\': the wildcards and the escape character in it match themselves.</summary>
public static class SqlLike
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
