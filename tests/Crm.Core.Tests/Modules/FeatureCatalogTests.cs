using Crm.Core.Modules;

namespace Crm.Core.Tests.Modules;

public sealed class FeatureCatalogTests
{
    private static readonly ModuleInfo Module = new("Test", "Test", "", typeof(FeatureCatalogTests).Assembly);

    private static FeatureInfo Feature(string id, params string[] dependencies) =>
        new(id, id, "", "General", dependencies, AlwaysEnabled: false, DefaultTenantOnly: false, Module);

    [Fact]
    public void Features_are_listed_after_their_dependencies()
    {
        var catalog = new FeatureCatalog([Module], [Feature("Deals", "Customers", "Activities"), Feature("Activities", "Customers"), Feature("Customers")]);

        Assert.Equal(["Customers", "Activities", "Deals"], catalog.Features.Select(f => f.Id));
    }

    [Fact]
    public void Enabling_a_feature_brings_its_dependencies_transitively()
    {
        var catalog = new FeatureCatalog([Module], [Feature("A"), Feature("B", "A"), Feature("C", "B"), Feature("D")]);

        Assert.Equal(["A", "B", "C"], catalog.WithDependencies(["C"]).Select(f => f.Id));
    }

    [Fact]
    public void Disabling_a_feature_reaches_everything_that_depends_on_it()
    {
        var catalog = new FeatureCatalog([Module], [Feature("A"), Feature("B", "A"), Feature("C", "B"), Feature("D")]);

        Assert.Equal(["B", "C"], catalog.Dependents("A").Select(f => f.Id));
        Assert.Empty(catalog.Dependents("D"));
    }

    [Fact]
    public void A_dependency_cycle_is_refused_naming_the_cycle()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new FeatureCatalog([Module], [Feature("A", "C"), Feature("B", "A"), Feature("C", "B")]));

        Assert.Contains("A -> C -> B -> A", error.Message);
    }

    [Fact]
    public void A_missing_dependency_is_refused_naming_both_features()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FeatureCatalog([Module], [Feature("A", "Ghost")]));

        Assert.Equal("Feature 'A' depends on 'Ghost', which no module declares.", error.Message);
    }

    [Fact]
    public void A_feature_declared_twice_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FeatureCatalog([Module], [Feature("A"), Feature("a")]));

        Assert.Contains("declared by more than one module", error.Message);
    }

    [Fact]
    public void A_type_belongs_to_its_module_main_feature_unless_it_says_otherwise()
    {
        var catalog = new FeatureCatalog([Module], [Feature("Test"), Feature("Test.Extra", "Test")]);

        Assert.Equal("Test", catalog.FeatureOf(typeof(FeatureCatalogTests)));
        Assert.Equal("Test.Extra", catalog.FeatureOf(typeof(ExtraThing)));
        Assert.Null(catalog.FeatureOf(typeof(FeatureCatalog)));
    }

    [ForFeature("Test.Extra")]
    private sealed class ExtraThing;
}
