namespace IncidentBot.Core.Texts;

/// <summary>
/// Which plural form a count takes in one language, after CLDR: English tells "one" from "other"; Russian tells
/// "one" (1, 21, 101), "few" (2–4, 22–24, not 12–14), "many" (0, 5–20, 25–30, 11–14) and "other" (fractions: 1,5 минуты).
/// </summary>
public sealed class PluralRules
{
    public static readonly PluralRules English = new([PluralCategory.One, PluralCategory.Other], EnglishForm);
    public static readonly PluralRules Russian = new([PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other], RussianForm);

    private readonly Func<decimal, PluralCategory> _form;

    private PluralRules(IReadOnlyList<PluralCategory> categories, Func<decimal, PluralCategory> form)
    {
        Categories = categories;
        _form = form;
    }

    /// <summary>The forms every counting entry in this language's catalogue gives.</summary>
    public IReadOnlyList<PluralCategory> Categories { get; }

    public PluralCategory For(decimal count) => _form(Math.Abs(count));

    private static PluralCategory EnglishForm(decimal n) => n == 1 ? PluralCategory.One : PluralCategory.Other;

    private static PluralCategory RussianForm(decimal n)
    {
        if (n != decimal.Truncate(n))
        {
            return PluralCategory.Other;
        }

        var mod10 = n % 10;
        var mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11)
        {
            return PluralCategory.One;
        }

        return mod10 is >= 2 and <= 4 && mod100 is not (>= 12 and <= 14) ? PluralCategory.Few : PluralCategory.Many;
    }
}
