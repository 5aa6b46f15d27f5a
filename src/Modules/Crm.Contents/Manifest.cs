using Crm.Core.Modules;

[assembly: Module("Crm.Contents", Name = "Content screens", Description = "Screens generated from content types, and the low-code type editor.", Category = "Content")]
[assembly: Feature("Crm.Contents", Name = "Content screens", Description = "Lists, forms, detail pages, kanban boards and the type editor for every content type.",
    Category = "Content")]
