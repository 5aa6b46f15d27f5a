namespace Crm.Workflows.Activities;

public enum PropertyKind
{
    /// <summary>A Liquid template (<c>Hello {{ Item.Name }}</c>).</summary>
    Text,

    /// <summary>A JavaScript expression (<c>item.Grade == 'VIP'</c>).</summary>
    Expression,

    /// <summary>JavaScript statements (the Script activity).</summary>
    Script,

    /// <summary>A JSON object whose string values are Liquid templates (content values, HTTP headers).</summary>
    Json,

    ContentType,

    /// <summary>A duration such as <c>3d</c>, <c>2h</c>, <c>30m</c>, <c>1d12h</c>.</summary>
    Duration,

    /// <summary>A cron expression (five fields, or six with seconds).</summary>
    Cron,

    /// <summary>A filter in the filter language (URL form, e.g. <c>Stage:eq:Prospect</c>).</summary>
    Filter,

    Number,
    Boolean,
    Choice,
    List,
}
