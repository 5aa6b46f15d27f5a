using System.Security.Cryptography;
using System.Text;

namespace Crm.Retention.Programs;

/// <summary>
/// Who a program holds out: a customer's place in [0, 1) is drawn from a hash of the program and the customer, so it is
/// random across customers but the same every time for the same pair — a rerun, another node or a second purchase puts
/// the customer in the same group, and raising the share only adds members to the holdout.
/// </summary>
public static class HoldoutDraw
{
    public static double Position(string program, string customerId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{program.ToUpperInvariant()}\n{customerId.ToUpperInvariant()}"));
        return BitConverter.ToUInt64(hash, 0) / 18446744073709551616.0; // 2^64
    }

    public static bool IsHoldout(string program, string customerId, decimal holdoutPercent) =>
        holdoutPercent > 0 && Position(program, customerId) < (double)holdoutPercent / 100;
}
