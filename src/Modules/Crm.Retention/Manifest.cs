using Crm.Core.Modules;

[assembly: Module("Crm.Retention", Name = "Retention", Description = "Coupons, retention programs as editable workflows, and each program's outcome against a holdout group.", Category = "Marketing")]
[assembly: Feature("Crm.Retention", Name = "Retention programs",
    Description = "The Coupon type (generated unique codes, amount or percent, expiry, redeem once), the workflows HappyCalls, FirstPurchaseThanks, BirthdayGreetings, AnniversaryGreetings, DormantWakeUp, RankUp and WinBack (edit them in the designer), program enrolments with a random holdout per program, and Marketing › Retention programs with members, responses, revenue and lift.",
    Category = "Marketing", Dependencies = ["Crm.Opportunities", "Crm.SalesActivities", "Crm.Workflows", "Crm.Email"])]
