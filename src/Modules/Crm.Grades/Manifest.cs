using Crm.Core.Modules;

[assembly: Module("Crm.Grades", Name = "Customer grades", Description = "RFM scores from orders and rule-based customer grades (VIP, A, B, C) recalculated by a scheduled sweep, with grade history.", Category = "Retention")]
[assembly: Feature("Crm.Grades", Name = "Customer grades",
    Description = "Recency, frequency and monetary scores (1–5, quintiles of the tenant's buying customers) on every customer, grade rules in the filter language (first match wins) applied by a nightly sweep, a GradeChange history with rank-up and downgrade events for workflows, and the grade distribution at /admin/grades.",
    Category = "Retention", Dependencies = ["Crm.Customers", "Crm.Opportunities"])]
