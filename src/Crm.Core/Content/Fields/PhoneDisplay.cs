using Crm.Core.Content.Duplicates;

namespace Crm.Core.Content.Fields;

/// <summary>
/// Korean phone numbers in the form people write them, whatever was typed: 010-1234-5678, 02-555-0100,
/// 031-123-4567, 1588-1234. Numbers that are not Korean (or not recognisable) are shown as stored.
/// </summary>
public static class PhoneDisplay
{
    public static string Format(string stored)
    {
        var digits = DuplicateKeys.Phone(stored);
        if (digits is null || digits.StartsWith('+')) return stored;
        if (digits.Length == 8 && (digits.StartsWith("15") || digits.StartsWith("16") || digits.StartsWith("18")))
        {
            return $"{digits[..4]}-{digits[4..]}";
        }
        if (!digits.StartsWith('0')) return stored;
        var area = digits.StartsWith("02") ? 2 : 3;
        var rest = digits.Length - area;
        return rest switch
        {
            7 => $"{digits[..area]}-{digits.Substring(area, 3)}-{digits[(area + 3)..]}",
            8 => $"{digits[..area]}-{digits.Substring(area, 4)}-{digits[(area + 4)..]}",
            _ => stored,
        };
    }
}
