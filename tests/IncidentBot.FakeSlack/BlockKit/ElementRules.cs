using System.Globalization;
using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Limits of interactive elements: buttons, selects, inputs, option lists and confirm dialogs.</summary>
internal static class ElementRules
{
    public static void Check(Violations v, JsonObject element, string pointer)
    {
        v.MaxString(element, "action_id", pointer, 255);
        v.TextObject(element, "placeholder", pointer, 150);
        if (element["confirm"] is JsonObject confirm)
        {
            Confirm(v, confirm, $"{pointer}/confirm");
        }

        switch (Violations.StringOf(element["type"]))
        {
            case "button":
                v.TextObject(element, "text", pointer, 75, required: true);
                v.MaxString(element, "value", pointer, 2000);
                v.MaxString(element, "url", pointer, 3000);
                v.MaxString(element, "accessibility_label", pointer, 75);
                break;
            case "static_select" or "multi_static_select":
                Options(v, element, pointer, 100);
                foreach (var (group, p) in v.Array(element, "option_groups", pointer, 100))
                {
                    v.TextObject(group, "label", p, 75, required: true);
                    Options(v, group, p, 100);
                }

                if (element["options"] is null && element["option_groups"] is null)
                {
                    v.Add(pointer, "must provide either `options` or `option_groups`");
                }

                break;
            case "overflow":
                Options(v, element, pointer, 5, min: 1);
                break;
            case "checkboxes" or "radio_buttons":
                Options(v, element, pointer, 10, min: 1);
                break;
            case "plain_text_input":
                Range(v, element, "max_length", pointer, 1, 3000);
                Range(v, element, "min_length", pointer, 0, 3000);
                v.MaxString(element, "initial_value", pointer, 3000);
                break;
            case null:
                v.Add(pointer, "missing required field: type");
                break;
        }
    }

    private static void Options(Violations v, JsonObject owner, string pointer, int max, int min = 0)
    {
        foreach (var (option, p) in v.Array(owner, "options", pointer, max, min))
        {
            v.TextObject(option, "text", p, 75, required: true);
            v.TextObject(option, "description", p, 75);
            v.MaxString(option, "value", p, 150);
            v.MaxString(option, "url", p, 3000);
        }
    }

    private static void Confirm(Violations v, JsonObject confirm, string pointer)
    {
        v.TextObject(confirm, "title", pointer, 100, required: true);
        v.TextObject(confirm, "text", pointer, 300, required: true);
        v.TextObject(confirm, "confirm", pointer, 30, required: true);
        v.TextObject(confirm, "deny", pointer, 30, required: true);
    }

    private static void Range(Violations v, JsonObject owner, string name, string pointer, int min, int max)
    {
        if (owner[name] is not JsonValue value)
        {
            return;
        }

        if (!value.TryGetValue<int>(out var n)
            && !(value.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out n)))
        {
            v.Add($"{pointer}/{name}", "must be an integer");
            return;
        }

        if (n < min || n > max)
        {
            v.Add($"{pointer}/{name}", $"must be between {min} and {max}");
        }
    }
}
