using System.CodeDom.Compiler;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Conventions;

/// <summary>"Lint" tests: house rules (STYLE.md) checked over every type and source file, so they hold without review.</summary>
public sealed partial class ConventionTests
{
    private const BindingFlags AllDeclared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Core = typeof(Incident).Assembly;
    private static readonly Assembly Host = typeof(Program).Assembly;
    private static readonly Assembly[] Ours = [Core, Host];
    private static readonly string[] ForbiddenInCore = ["Microsoft.AspNetCore", "Quartz", "Polly", "Serilog", "IncidentBot"];

    [Test]
    public void Core_References_NoHostSlackJobOrLoggingLibraries()
    {
        var forbidden = Core.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name != Core.GetName().Name && ForbiddenInCore.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)));

        Assert.That(forbidden, Is.Empty, "IncidentBot.Core must stay free of the host, Slack, Quartz, Polly and Serilog");
    }

    [Test]
    public void Methods_AsyncVoid_NoneInCoreOrHost()
    {
        var asyncMethods = Ours.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(AllDeclared))
            .Where(m => m.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
            .ToList();

        var asyncVoid = asyncMethods.Where(m => m.ReturnType == typeof(void)).Select(Describe);

        Assert.That(asyncMethods, Is.Not.Empty, "the scan should recognise async methods by their state machine");
        Assert.That(asyncVoid, Is.Empty, "an exception in async void crashes the process; return Task");
    }

    [Test]
    public void Classes_Concrete_AreSealedUnlessDerivedFrom()
    {
        var types = Ours.SelectMany(a => a.GetTypes()).ToList();
        var baseTypes = types.Select(t => t.BaseType).OfType<Type>()
            .Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t)
            .ToHashSet();

        var unsealed = types
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed)
            .Where(t => t != typeof(Program) && !t.Name.Contains('<', StringComparison.Ordinal))
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)) && !t.IsDefined(typeof(GeneratedCodeAttribute)))
            .Where(t => !baseTypes.Contains(t))
            .Select(t => t.FullName);

        Assert.That(unsealed, Is.Empty, "seal classes nothing derives from");
    }

    [Test]
    public async Task Commands_EveryImplementation_IsRegisteredWithDistinctNameAndHelp()
    {
        var implemented = Host.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIncidentCommand).IsAssignableFrom(t))
            .ToList();
        await using var harness = await BotHarness.StartAsync();

        var registered = harness.Services.GetServices<IIncidentCommand>().ToList();

        Assert.That(registered.Select(c => c.GetType()), Is.EquivalentTo(implemented), "every /incident subcommand class needs its registration line");
        Assert.Multiple(() =>
        {
            Assert.That(registered.Select(c => c.Name), Is.Unique);
            foreach (var command in registered)
            {
                Assert.That(command.Name, Does.Match(@"^\S+$"), $"{command.GetType().Name}.Name is the word after /incident");
                foreach (var language in Language.All)
                {
                    var entries = TextCatalogue.Shipped.Entries(language);
                    Assert.That(entries.GetValueOrDefault($"command.{command.Name}.description")?.Text, Is.Not.Empty,
                        $"command.{command.Name}.description feeds /incident help in {language}");
                    Assert.That(entries.ContainsKey($"command.{command.Name}.arguments"), $"command.{command.Name}.arguments in {language}");
                }
            }
        });
    }

    [Test]
    public void SourceFiles_EachDeclaresOneTopLevelTypeInAFileScopedNamespace()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && Path.GetFileName(f) != "Program.cs")
            .ToList();

        var offenders = files
            .Select(f => (File: Path.GetRelativePath(RepoRoot.Path, f), Lines: File.ReadAllLines(f)))
            .Select(f => (f.File, Types: f.Lines.Count(l => TopLevelType().IsMatch(l)), Scoped: f.Lines.Any(l => FileScopedNamespace().IsMatch(l))))
            .Where(f => f.Types > 1 || !f.Scoped)
            .Select(f => $"{f.File}: {f.Types} top-level types{(f.Scoped ? "" : ", no file-scoped namespace")}");

        Assert.That(files, Is.Not.Empty);
        Assert.That(offenders, Is.Empty);
    }

    private static string Describe(MethodInfo method) => $"{method.DeclaringType!.FullName}.{method.Name}";

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    [GeneratedRegex(@"^(public|internal)( sealed| static| abstract| partial| readonly)* (class|record|interface|enum|struct) ")]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"^namespace [\w.]+;")]
    private static partial Regex FileScopedNamespace();
}
