using Crm.Core.Recipes;

namespace Crm.Web.Tests.Content;

/// <summary>A small CRM model defined only by a recipe: customers with stage and grade, and activities that point at them.</summary>
public static class SalesRecipe
{
    public const string Json = """
        {
          "name": "sales-model",
          "steps": [
            {
              "name": "ContentDefinition",
              "ContentTypes": [
                {
                  "Name": "Customer", "DisplayName": "Customer",
                  "Settings": {
                    "ContentTypeSettings": { "Creatable": true, "Listable": true },
                    "CrmTypeSettings": {
                      "DisplayText": "{{ Name }}", "KanbanField": "Stage", "ListColumns": [ "Name", "Stage", "Grade" ],
                      "CompositeIndexes": [ { "Name": "StageGradeActivity", "Fields": [ "Stage", "Grade", "LastActivityAt desc" ] } ],
                      "DuplicateRules": [
                        { "Name": "SameEmail", "Kind": "Email", "Fields": [ "Email" ] },
                        { "Name": "SamePhone", "Kind": "Phone", "Fields": [ "Phone" ] },
                        { "Name": "SameCompanyAndName", "Kind": "Exact", "Fields": [ "Company", "Name" ] },
                        { "Name": "SimilarName", "Kind": "NameSimilarity", "Fields": [ "Name" ], "Threshold": 0.9 }
                      ]
                    }
                  },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "Customer", "Name": "Customer" } ]
                },
                {
                  "Name": "Activity", "DisplayName": "Activity",
                  "ContentTypePartDefinitionRecords": [ { "PartName": "Activity", "Name": "Activity" } ]
                }
              ],
              "ContentParts": [
                {
                  "Name": "Customer",
                  "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "TextField", "Name": "Name", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Name", "Position": "0" }, "TextFieldSettings": { "Required": true, "MaxLength": 100 } } },
                    { "FieldName": "EmailField", "Name": "Email", "Settings": { "ContentPartFieldSettings": { "Position": "1" }, "EmailFieldSettings": { "Indexed": true } } },
                    { "FieldName": "ChoiceField", "Name": "Stage", "Settings": { "ChoiceFieldSettings": { "Required": true, "Indexed": true, "Default": "Target",
                        "Options": [ { "Value": "Target", "Label": "Target" }, { "Value": "Prospect", "Label": "Prospect" }, { "Value": "Customer", "Label": "Customer" } ] } } },
                    { "FieldName": "ChoiceField", "Name": "Grade", "Settings": { "ChoiceFieldSettings": {
                        "Options": [ { "Value": "A", "Label": "A" }, { "Value": "B", "Label": "B" }, { "Value": "C", "Label": "C" } ] } } },
                    { "FieldName": "NumberField", "Name": "Employees", "Settings": { "NumberFieldSettings": { "Min": 0, "Indexed": true } } },
                    { "FieldName": "DateTimeField", "Name": "LastActivityAt", "Settings": {} },
                    { "FieldName": "TagsField", "Name": "Tags", "Settings": {} },
                    { "FieldName": "PhoneField", "Name": "Phone", "Settings": {} },
                    { "FieldName": "TextField", "Name": "Company", "Settings": {} }
                  ]
                },
                {
                  "Name": "Activity",
                  "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "TextField", "Name": "Subject", "Settings": { "TextFieldSettings": { "Required": true } } },
                    { "FieldName": "ContentPickerField", "Name": "Customer", "Settings": { "ContentPickerFieldSettings": { "Required": true, "RelatedTypes": [ "Customer" ] } } },
                    { "FieldName": "DateTimeField", "Name": "DueAt", "Settings": { "DateTimeFieldSettings": { "Indexed": true } } },
                    { "FieldName": "ContentPickerField", "Name": "Participants", "Settings": { "ContentPickerFieldSettings": { "Multiple": true, "RelatedTypes": [ "Customer" ] } } }
                  ]
                }
              ]
            }
          ]
        }
        """;

    public static Recipe Parse() => RecipeParser.Parse(Json, "sales-model");
}
