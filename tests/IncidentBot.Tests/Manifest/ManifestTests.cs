using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Tests.Support;
using NJsonSchema;
using NJsonSchema.Validation;
using YamlDotNet.RepresentationModel;

namespace IncidentBot.Tests.Manifest;

/// <summary>
/// The app manifest in the repo root: valid for Slack (schema v2, read in place from the shared fixtures) and
/// consistent with what the host serves and asks for.
/// </summary>
public sealed class ManifestTests
{
    private const string SchemaFixture = "manifest-schema/schemas__manifest.schema.2.0.0.json";
    private const string InvalidFixture = "manifest-schema/tests__manifests__v2__manifest.invalid.json";

    /// <summary>Every bot scope the bot may ask for. Adding one here is a deliberate act; see slack-manifest.yml for why each is needed.</summary>
    private static readonly string[] AllowedBotScopes =
    [
        "commands", "chat:write", "chat:write.public", "channels:manage", "groups:write", "channels:read", "groups:read",
        "channels:history", "groups:history", "pins:write", "pins:read", "bookmarks:write", "reactions:read", "users:read", "users:read.email",
        "files:write", "im:write", "im:history", "usergroups:read",
    ];

    /// <summary>The events the host handles.</summary>
    private static readonly string[] HandledBotEvents = ["pin_added", "reaction_added", "member_joined_channel", "member_left_channel", "app_home_opened"];

    [Test]
    public async Task Manifest_ValidatesAgainstSlackSchemaV2()
    {
        var schema = await LoadSchemaAsync();

        var errors = schema.Validate(LoadManifest().ToJsonString());

        Assert.That(errors, Is.Empty, () => "Schema errors:\n" + Describe(errors));
    }

    [Test]
    public async Task SchemaV2_SlackInvalidManifest_IsRejected()
    {
        var schema = await LoadSchemaAsync();

        var errors = schema.Validate(File.ReadAllText(SharedFixtures.PathOf(InvalidFixture)));

        // The fixture's fault is workflows.*.input_parameters.interactivity outside "properties".
        Assert.That(Describe(errors), Does.Contain("workflows"));
    }

    [Test]
    public void Manifest_Yaml_KeepsBooleansAndNumbersTyped()
    {
        var manifest = LoadManifest();

        Assert.Multiple(() =>
        {
            Assert.That(manifest["_metadata"]!["major_version"]!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.Number));
            Assert.That(manifest["_metadata"]!["major_version"]!.GetValue<long>(), Is.EqualTo(2));
            Assert.That(manifest["settings"]!["socket_mode_enabled"]!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.False));
            Assert.That(manifest["display_information"]!["background_color"]!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.String));
        });
    }

    [Test]
    public void Manifest_SlashCommand_IsIncidentWithEscapedMentions()
    {
        var commands = LoadManifest()["features"]!["slash_commands"]!.AsArray();

        Assert.That(commands, Has.Count.EqualTo(1));
        var command = commands[0]!;
        Assert.Multiple(() =>
        {
            Assert.That(command["command"]!.GetValue<string>(), Is.EqualTo("/incident"));
            Assert.That(command["should_escape"]!.GetValue<bool>(), Is.True);
            Assert.That(command["usage_hint"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(command["description"]!.GetValue<string>(), Is.Not.Empty);
        });
    }

    [Test]
    public void Manifest_RequestUrls_PointAtTheHostsSlackEndpoints()
    {
        var manifest = LoadManifest();
        var settings = manifest["settings"]!;

        Assert.Multiple(() =>
        {
            Assert.That(manifest["features"]!["slash_commands"]![0]!["url"]!.GetValue<string>(), Does.EndWith("/slack/commands"));
            Assert.That(settings["interactivity"]!["request_url"]!.GetValue<string>(), Does.EndWith("/slack/interactions"));
            Assert.That(settings["interactivity"]!["is_enabled"]!.GetValue<bool>(), Is.True);
            Assert.That(settings["event_subscriptions"]!["request_url"]!.GetValue<string>(), Does.EndWith("/slack/events"));
            Assert.That(settings["socket_mode_enabled"]!.GetValue<bool>(), Is.False, "request URLs are only used in HTTP mode");
        });
    }

    [Test]
    public void Manifest_BotEvents_AreExactlyTheHandledOnes()
    {
        var events = Strings(LoadManifest()["settings"]!["event_subscriptions"]!["bot_events"]!);

        Assert.That(events, Is.EquivalentTo(HandledBotEvents));
    }

    [Test]
    public void Manifest_BotScopes_AreAllAllowListed()
    {
        var scopes = Strings(LoadManifest()["oauth_config"]!["scopes"]!["bot"]!);

        Assert.Multiple(() =>
        {
            Assert.That(scopes, Is.Unique);
            Assert.That(scopes, Is.SubsetOf(AllowedBotScopes), "a new scope must be added to the allow-list on purpose");
        });
    }

    [Test]
    public void Manifest_UserScopes_AreOnlySignInWithSlack()
    {
        var oauth = LoadManifest()["oauth_config"]!;

        Assert.Multiple(() =>
        {
            Assert.That(Strings(oauth["scopes"]!["user"]!), Is.EquivalentTo(new[] { "openid", "profile", "email" }), "the bot acts as itself; people only sign in");
            Assert.That(Strings(oauth["redirect_urls"]!), Is.EqualTo(new[] { "https://YOUR-HOST/web/callback" }));
        });
    }

    [Test]
    public void Manifest_AppHome_ShowsHomeTabWithoutMessagesTab()
    {
        var appHome = LoadManifest()["features"]!["app_home"]!;

        Assert.Multiple(() =>
        {
            Assert.That(appHome["home_tab_enabled"]!.GetValue<bool>(), Is.True);
            Assert.That(appHome["messages_tab_enabled"]!.GetValue<bool>(), Is.False);
        });
    }

    private static async Task<JsonSchema> LoadSchemaAsync()
    {
        var path = SharedFixtures.PathOf(SchemaFixture);
        // The document path lets NJsonSchema resolve the schema's "#/definitions/…" references against the file itself.
        return await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(path), path);
    }

    private static string Describe(IEnumerable<ValidationError> errors) =>
        string.Join("\n", errors.SelectMany(Flatten).Select(e => $"{e.Path}: {e.Kind} ({e.Property})"));

    private static IEnumerable<ValidationError> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child
            ? new[] { error }.Concat(child.Errors.SelectMany(pair => pair.Value).SelectMany(Flatten))
            : [error];

    private static string[] Strings(JsonNode array) => array.AsArray().Select(n => n!.GetValue<string>()).ToArray();

    private static JsonNode LoadManifest()
    {
        var yaml = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(Path.Combine(RepoRoot.Path, "slack-manifest.yml"))))
        {
            yaml.Load(reader);
        }

        return ToJson(yaml.Documents.Single().RootNode)!;
    }

    /// <summary>YAML → JSON by YAML 1.2 core-schema rules: only plain (unquoted) scalars become booleans, numbers or null.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, ToJson(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException($"YAML node {node.NodeType} at {node.Start}"),
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
    }
}
