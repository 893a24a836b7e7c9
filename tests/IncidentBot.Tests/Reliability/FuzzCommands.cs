using System.Text;

namespace IncidentBot.Tests.Reliability;

/// <summary>Random <c>/incident</c> texts built from the bot's own vocabulary, mangled: unicode, control characters, up to 10 KB.</summary>
internal sealed class FuzzCommands(Random random, FuzzVocabulary vocabulary)
{
    private static readonly string[] Separators = [" ", " ", " ", "  ", "\t", "\n", "\u00A0", ""];

    public string NextText()
    {
        var text = new StringBuilder();
        var roll = random.NextDouble();
        if (roll < 0.75)
        {
            text.Append(Mangle(Pick(vocabulary.Commands)));
        }
        else if (roll < 0.85)
        {
            text.Append(Typo(Pick(vocabulary.Commands)));
        }

        var tokens = random.Next(0, 9);
        for (var i = 0; i < tokens; i++)
        {
            text.Append(Pick(Separators)).Append(NextToken());
        }

        return random.NextDouble() < 0.03 ? text.Append(' ').Append(Long()).ToString() : text.ToString();
    }

    private string NextToken() => random.Next(10) switch
    {
        < 5 => Pick(FuzzVocabulary.Words),
        < 7 => Pick(FuzzVocabulary.Unicode),
        7 => Pick(vocabulary.Commands),
        8 => RandomChars(random.Next(1, 40)),
        _ => random.Next(-1000, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private string Mangle(string word) => random.Next(6) switch
    {
        0 => word.ToUpperInvariant(),
        1 => " " + word,
        _ => word,
    };

    private string Typo(string word)
    {
        if (word.Length < 2)
        {
            return word + word;
        }

        var at = random.Next(word.Length - 1);
        return random.Next(2) == 0 ? word.Remove(at, 1) : word[..at] + word[at + 1] + word[at] + word[(at + 2)..];
    }

    private string Long()
    {
        var length = random.Next(1_000, 10_241);
        var unit = random.Next(2) == 0 ? Pick(FuzzVocabulary.Unicode) : Pick(FuzzVocabulary.Words);
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit).Append(' ');
        }

        return text.ToString(0, length);
    }

    private string RandomChars(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)random.Next(0, 0x3000);
        }

        return new string(chars);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
