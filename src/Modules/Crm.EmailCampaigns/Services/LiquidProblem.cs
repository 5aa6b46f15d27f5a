namespace Crm.EmailCampaigns.Services;

/// <summary>Why a Liquid template is refused, and where: <see cref="Line"/> and <see cref="Position"/> count from 1 (0 when unknown).</summary>
public sealed record LiquidProblem(int Line, int Position, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}, position {Position}: {Message}" : Message;
}
