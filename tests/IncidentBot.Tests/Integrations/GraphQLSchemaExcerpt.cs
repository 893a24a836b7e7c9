using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// A vendor's GraphQL schema excerpt (SDL kept under <c>Integrations/OpenApi</c>) and the checks a GraphQL server makes
/// of a request before running it, for the fakes: the operation's root fields exist on <c>Query</c>/<c>Mutation</c>;
/// every argument exists on its field and a variable passed to it has a compatible type (required arguments present);
/// every selected field exists on the type it is selected from (leaves without, objects with a selection); every
/// declared variable is used, and its value fits its type — input objects only with fields their type defines, required
/// fields present, scalars of the right JSON kind, enum values among the enum's. Only the SDL subset the excerpts use is
/// read: descriptions, <c>type</c>/<c>input</c>/<c>interface</c>/<c>enum</c>/<c>scalar</c>, field arguments, defaults
/// and directives (skipped).
/// </summary>
public sealed class GraphQLSchemaExcerpt
{
    private static readonly HashSet<string> BuiltIn = ["String", "ID", "Int", "Float", "Boolean"];
    private readonly Dictionary<string, Definition> _types = [];

    private GraphQLSchemaExcerpt(string sdl)
    {
        var t = new Tokens(sdl, skipStrings: true);
        while (!t.Done)
        {
            var keyword = t.Name();
            if (keyword == "directive")
            {
                while (!t.Done && t.Peek is not ("type" or "input" or "interface" or "enum" or "scalar" or "directive"))
                {
                    t.Next();
                }

                continue;
            }

            var def = new Definition(keyword, t.Name());
            _types.Add(def.Name, def);
            while (!t.Done && t.Peek == "@")
            {
                t.SkipDirective();
            }

            if (keyword == "scalar")
            {
                continue;
            }

            while (t.Peek != "{")
            {
                t.Next(); // implements A & B
            }

            t.Expect("{");
            while (t.Peek != "}")
            {
                var name = t.Name();
                if (keyword == "enum")
                {
                    def.Values.Add(name);
                }
                else
                {
                    var args = t.Peek == "(" ? t.InputValues() : [];
                    t.Expect(":");
                    def.Fields[name] = new Field(t.Type(), args, t.Default());
                }

                while (t.Peek == "@")
                {
                    t.SkipDirective();
                }
            }

            t.Expect("}");
        }
    }

    /// <summary>The excerpt in <c>Integrations/OpenApi/<paramref name="file"/></c>.</summary>
    public static GraphQLSchemaExcerpt Load(string file) =>
        new(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Integrations", "OpenApi", file)));

    /// <summary>Why a server with this schema would refuse the request, one line each; empty when it would run it.</summary>
    public List<string> Check(string query, JsonObject? variables)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<string>();
        try
        {
            var t = new Tokens(query, skipStrings: false);
            var root = t.Name() switch
            {
                "query" => "Query",
                "mutation" => "Mutation",
                var other => throw new FormatException($"Unknown operation type \"{other}\"."),
            };
            if (t.Peek is not ("(" or "{"))
            {
                t.Name();
            }

            var declared = new Dictionary<string, TypeRef>();
            var defaulted = new HashSet<string>();
            if (t.Peek == "(")
            {
                t.Next();
                while (t.Peek != ")")
                {
                    t.Expect("$");
                    var name = t.Name();
                    t.Expect(":");
                    declared[name] = t.Type();
                    if (t.Default())
                    {
                        defaulted.Add(name);
                    }
                }

                t.Expect(")");
            }

            var used = new HashSet<string>();
            Selections(t, root, declared, used, problems);
            if (!t.Done)
            {
                throw new FormatException($"Unexpected \"{t.Peek}\" after the operation.");
            }

            foreach (var (name, type) in declared)
            {
                if (!used.Contains(name))
                {
                    problems.Add($"Variable \"${name}\" is never used.");
                }

                if (!IsInputType(type.Named))
                {
                    problems.Add($"Variable \"${name}\" cannot be of non-input type \"{type}\".");
                    continue;
                }

                var value = variables?[name];
                if (value is null && type.NonNull && !defaulted.Contains(name))
                {
                    problems.Add($"Variable \"${name}\" of required type \"{type}\" was not provided.");
                }
                else if (value is not null)
                {
                    Value(type, value, "$" + name, problems);
                }
            }
        }
        catch (FormatException ex)
        {
            problems.Add("Syntax Error: " + ex.Message);
        }

        return problems;
    }

    /// <summary>Why <paramref name="value"/> is not a value of the input type <paramref name="type"/>; empty when it is.</summary>
    public List<string> CheckInput(string type, JsonObject value)
    {
        var problems = new List<string>();
        Value(new TypeRef(type, true, null), value, "", problems);
        return problems;
    }

    private void Selections(Tokens t, string type, Dictionary<string, TypeRef> declared, HashSet<string> used, List<string> problems)
    {
        var def = _types.GetValueOrDefault(type);
        t.Expect("{");
        while (t.Peek != "}")
        {
            var name = t.Name();
            if (t.Peek == ":")
            {
                t.Next();
                name = t.Name();
            }

            var field = def?.Fields.GetValueOrDefault(name);
            if (field is null && name != "__typename")
            {
                problems.Add($"Cannot query field \"{name}\" on type \"{type}\".");
            }

            var given = new HashSet<string>();
            if (t.Peek == "(")
            {
                t.Next();
                while (t.Peek != ")")
                {
                    var arg = t.Name();
                    t.Expect(":");
                    given.Add(arg);
                    var argType = field?.Args.GetValueOrDefault(arg)?.Type;
                    if (field is not null && argType is null)
                    {
                        problems.Add($"Unknown argument \"{arg}\" on field \"{type}.{name}\".");
                    }

                    if (t.Peek == "$")
                    {
                        t.Next();
                        var variable = t.Name();
                        used.Add(variable);
                        if (!declared.TryGetValue(variable, out var varType))
                        {
                            problems.Add($"Variable \"${variable}\" is not defined.");
                        }
                        else if (argType is not null && !Fits(varType, argType))
                        {
                            problems.Add($"Variable \"${variable}\" of type \"{varType}\" used in position expecting type \"{argType}\".");
                        }
                    }
                    else
                    {
                        var literal = t.Literal();
                        if (argType is not null)
                        {
                            Value(argType, literal, $"{name}({arg}:)", problems);
                        }
                    }
                }

                t.Expect(")");
            }

            if (field is not null)
            {
                foreach (var (arg, input) in field.Args)
                {
                    if (input.Type.NonNull && !input.HasDefault && !given.Contains(arg))
                    {
                        problems.Add($"Field \"{name}\" argument \"{arg}\" of type \"{input.Type}\" is required, but it was not provided.");
                    }
                }
            }

            var leaf = field is null || IsLeaf(field.Type.Named);
            if (t.Peek == "{")
            {
                if (field is not null && leaf)
                {
                    problems.Add($"Field \"{name}\" must not have a selection since type \"{field.Type}\" has no subfields.");
                }

                Selections(t, field?.Type.Named ?? "", declared, used, problems);
            }
            else if (!leaf)
            {
                problems.Add($"Field \"{name}\" of type \"{field!.Type}\" must have a selection of subfields.");
            }
        }

        t.Expect("}");
    }

    private void Value(TypeRef type, JsonNode? value, string path, List<string> problems)
    {
        var at = path.Length == 0 ? "" : $"Field \"{path}\" ";
        if (value is null)
        {
            if (type.NonNull)
            {
                problems.Add($"{at}of required type \"{type}\" was null.".TrimStart());
            }

            return;
        }

        if (type.Item is { } item)
        {
            foreach (var (element, i) in value is JsonArray array ? array.Select((e, i) => (e, i)) : [(value, 0)])
            {
                Value(item, element, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", problems);
            }

            return;
        }

        var def = _types.GetValueOrDefault(type.Named);
        var kind = value.GetValueKind();
        if (def?.Kind == "input")
        {
            if (value is not JsonObject obj)
            {
                problems.Add($"{at}of type \"{type}\" must be an object.".TrimStart());
                return;
            }

            foreach (var (name, inner) in obj)
            {
                var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
                if (!def.Fields.TryGetValue(name, out var field))
                {
                    problems.Add($"Field \"{fieldPath}\" is not defined by type \"{type.Named}\".");
                    continue;
                }

                Value(field.Type, inner, fieldPath, problems);
            }

            foreach (var (name, field) in def.Fields)
            {
                if (field.Type.NonNull && !field.HasDefault && !obj.ContainsKey(name))
                {
                    problems.Add($"Field \"{(path.Length == 0 ? name : $"{path}.{name}")}\" of required type \"{field.Type}\" was not provided.");
                }
            }

            return;
        }

        var ok = type.Named switch
        {
            "String" => kind == JsonValueKind.String,
            "ID" => kind == JsonValueKind.String || (kind == JsonValueKind.Number && long.TryParse(value.ToJsonString(), out _)),
            "Int" => kind == JsonValueKind.Number && int.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "Float" => kind == JsonValueKind.Number,
            "Boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            _ when def?.Kind == "enum" => kind == JsonValueKind.String && def.Values.Contains((string)value!),
            _ when def?.Kind == "scalar" => type.Named is "JSON" or "JSONObject" || kind == JsonValueKind.String,
            _ => false,
        };
        if (!ok)
        {
            problems.Add($"{at}of type \"{type}\" cannot take {value.ToJsonString()}.".TrimStart());
        }
    }

    /// <summary>Whether a variable of <paramref name="variable"/> may be passed where <paramref name="position"/> is expected.</summary>
    private static bool Fits(TypeRef variable, TypeRef position) =>
        (variable.NonNull || !position.NonNull)
        && (variable.Item, position.Item) switch
        {
            (null, null) => variable.Named == position.Named,
            ({ } v, { } p) => Fits(v, p),
            _ => false,
        };

    private bool IsLeaf(string named) => BuiltIn.Contains(named) || _types.GetValueOrDefault(named)?.Kind is "scalar" or "enum";

    private bool IsInputType(string named) => IsLeaf(named) || _types.GetValueOrDefault(named)?.Kind == "input";

    private sealed record TypeRef(string Named, bool NonNull, TypeRef? Item)
    {
        public override string ToString() => (Item is null ? Named : $"[{Item}]") + (NonNull ? "!" : "");
    }

    private sealed record InputValue(TypeRef Type, bool HasDefault);

    private sealed record Field(TypeRef Type, Dictionary<string, InputValue> Args, bool HasDefault);

    private sealed record Definition(string Kind, string Name)
    {
        public Dictionary<string, Field> Fields { get; } = [];

        public HashSet<string> Values { get; } = [];
    }

    /// <summary>GraphQL's lexical tokens: punctuators, names, numbers and strings (kept quoted); commas, comments and
    /// (in SDL) descriptions skipped.</summary>
    private sealed class Tokens
    {
        private readonly List<string> _items = [];
        private int _at;

        public Tokens(string text, bool skipStrings)
        {
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) || c == ',' || c == '\uFEFF')
                {
                    i++;
                }
                else if (c == '#')
                {
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }
                }
                else if (c == '"')
                {
                    var block = string.CompareOrdinal(text, i, "\"\"\"", 0, 3) == 0;
                    var end = block ? text.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal) + 3 : ClosingQuote(text, i);
                    if (end < (block ? 3 : 1))
                    {
                        throw new FormatException("Unterminated string.");
                    }

                    if (!skipStrings)
                    {
                        _items.Add(text[i..end]);
                    }

                    i = end;
                }
                else if (char.IsAsciiLetter(c) || c == '_' || char.IsAsciiDigit(c) || c == '-')
                {
                    var start = i++;
                    while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.' or '+' or '-'))
                    {
                        i++;
                    }

                    _items.Add(text[start..i]);
                }
                else if (string.CompareOrdinal(text, i, "...", 0, 3) == 0)
                {
                    throw new FormatException("Fragments are not expected here.");
                }
                else if ("{}()[]:!$=@&|".Contains(c, StringComparison.Ordinal))
                {
                    _items.Add(c.ToString());
                    i++;
                }
                else
                {
                    throw new FormatException($"Unexpected character \"{c}\".");
                }
            }
        }

        public bool Done => _at >= _items.Count;

        public string Peek => Done ? "<EOF>" : _items[_at];

        public string Next() => Done ? throw new FormatException("Unexpected <EOF>.") : _items[_at++];

        public void Expect(string token)
        {
            if (Next() is var got && got != token)
            {
                throw new FormatException($"Expected \"{token}\", found \"{got}\".");
            }
        }

        public string Name()
        {
            var name = Next();
            return char.IsAsciiLetter(name[0]) || name[0] == '_' ? name : throw new FormatException($"Expected a name, found \"{name}\".");
        }

        public TypeRef Type()
        {
            TypeRef type;
            if (Peek == "[")
            {
                Next();
                var item = Type();
                Expect("]");
                type = new TypeRef(item.Named, false, item);
            }
            else
            {
                type = new TypeRef(Name(), false, null);
            }

            if (Peek == "!")
            {
                Next();
                type = type with { NonNull = true };
            }

            return type;
        }

        public Dictionary<string, InputValue> InputValues()
        {
            var values = new Dictionary<string, InputValue>();
            Expect("(");
            while (Peek != ")")
            {
                var name = Name();
                Expect(":");
                values[name] = new InputValue(Type(), Default());
                while (Peek == "@")
                {
                    SkipDirective();
                }
            }

            Expect(")");
            return values;
        }

        /// <summary>Reads a default value when one follows; whether one did.</summary>
        public bool Default()
        {
            if (Peek != "=")
            {
                return false;
            }

            Next();
            Literal();
            return true;
        }

        /// <summary>A literal value as JSON (enum values as strings); variables inside literals are not expected.</summary>
        public JsonNode? Literal()
        {
            var token = Next();
            switch (token)
            {
                case "[":
                    var array = new JsonArray();
                    while (Peek != "]")
                    {
                        array.Add(Literal());
                    }

                    Next();
                    return array;
                case "{":
                    var obj = new JsonObject();
                    while (Peek != "}")
                    {
                        var key = Name();
                        Expect(":");
                        obj[key] = Literal();
                    }

                    Next();
                    return obj;
                case "null":
                    return null;
                case "true" or "false":
                    return JsonValue.Create(token == "true");
                case "$":
                    throw new FormatException("Variables are only expected as whole arguments.");
            }

            if (token[0] == '"')
            {
                return token.StartsWith("\"\"\"", StringComparison.Ordinal)
                    ? JsonValue.Create(token[3..^3])
                    : JsonNode.Parse(token);
            }

            return char.IsAsciiDigit(token[0]) || token[0] == '-' ? JsonNode.Parse(token) : JsonValue.Create(token);
        }

        public void SkipDirective()
        {
            Expect("@");
            Name();
            if (Peek == "(")
            {
                SkipTo(")");
            }
        }

        public void SkipTo(string token)
        {
            while (Next() != token)
            {
            }
        }

        private static int ClosingQuote(string text, int open)
        {
            for (var i = open + 1; i < text.Length; i++)
            {
                if (text[i] == '\\')
                {
                    i++;
                }
                else if (text[i] == '"')
                {
                    return i + 1;
                }
            }

            return -1;
        }
    }
}
