using Crm.Customers;

namespace Crm.Grades.Sweep;

/// <summary>
/// The live customers of one id range (@after, @upto], for the sweep's per-range statements. The type test is written
/// <c>content_type || '' = 'Customer'</c> on purpose: as a plain comparison PostgreSQL's generic plan (parameters, not
/// values) ANDs the primary-key range with a bitmap of the type index — every customer, for every range, which made the
/// sweep quadratic at 1M customers. Written this way only the primary key serves it: the range's rows, nothing more.
/// </summary>
public static class CustomerRange
{
    public static string Where(string after = "@after", string upto = "@upto") =>
        $"content_type || '' = '{CustomerModel.Customer}' AND deleted_utc IS NULL AND id > {after} AND id <= {upto}";

    /// <summary>The next range's first ids after <paramref name="after"/>, in id order.</summary>
    public static string Next => $"SELECT id FROM content_items WHERE content_type || '' = '{CustomerModel.Customer}' AND deleted_utc IS NULL AND id > @after ORDER BY id LIMIT @size";
}
