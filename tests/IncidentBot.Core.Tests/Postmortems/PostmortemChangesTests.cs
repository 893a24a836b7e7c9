using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Postmortems;

public sealed class PostmortemChangesTests
{
    [Test]
    public void Between_SameRecordCompiledLater_NothingChanged()
    {
        var first = PostmortemCompiler.Compile(Words.English, SampleIncident.Input());
        var later = PostmortemCompiler.Compile(Words.English, SampleIncident.Input() with { CompiledAt = SampleIncident.Declared.AddHours(3) });

        Assert.That(later, Is.Not.EqualTo(first), "the compile time in the header differs");
        Assert.That(PostmortemChanges.Between(first, later), Is.Empty);
    }

    [Test]
    public void Between_ANoteAndAnActionDone_NamesTheSectionsThatChangedInOrder()
    {
        var before = SampleIncident.Input();
        var after = before with
        {
            Timeline = [.. before.Timeline, SampleIncident.Entry(80, TimelineKind.Note, "Found the missing canary")],
            Actions = [before.Actions[0] with { State = ActionItemState.Done }, before.Actions[1]],
        };

        var changed = PostmortemChanges.Between(PostmortemCompiler.Compile(Words.English, before), PostmortemCompiler.Compile(Words.English, after));

        Assert.That(changed, Is.EqualTo(new[] { "Timeline", "Action items" }));
    }

    [Test]
    public void Between_ASectionGone_IsNamedLast()
    {
        var late = SampleIncident.Input(commanderAt: SampleIncident.Declared.AddMinutes(20)) with
        {
            Timeline = [SampleIncident.Entry(0, TimelineKind.Declared, "Declared"), SampleIncident.Entry(20, TimelineKind.UpdatePosted, "Update #1")],
            Incident = SampleIncident.Resolved(TimeSpan.FromMinutes(30)),
        };
        var prompt = late with { CommanderAssignedAt = SampleIncident.Declared };

        var changed = PostmortemChanges.Between(PostmortemCompiler.Compile(Words.English, late), PostmortemCompiler.Compile(Words.English, prompt));

        Assert.That(changed[^1], Is.EqualTo("Why detection or escalation was delayed"));
        Assert.That(changed, Does.Contain("What went well").And.Contain("What could be improved"));
    }

    [Test]
    public void Mark_PutsTheChangesUnderTheTitle_InTheWorkspacesLanguage()
    {
        var markdown = PostmortemCompiler.Compile(Words.Russian, SampleIncident.Input());

        var marked = PostmortemChanges.Mark(Words.Russian, markdown, 2, ["Таймлайн (UTC, Europe/Berlin)", "Задачи"]);

        Assert.That(marked, Does.StartWith("# Пост-мортем: Checkout is failing (INC-42)\n\n_Изменилось с версии 2: Таймлайн (UTC, Europe/Berlin), Задачи._\n\n"));
        Assert.That(marked[marked.IndexOf("\n\n**Дата**", StringComparison.Ordinal)..], Is.EqualTo(markdown[markdown.IndexOf("\n\n**Дата**", StringComparison.Ordinal)..]));
        Assert.That(PostmortemChanges.Describe(Words.English, 1, []), Is.EqualTo("_No changes since version 1._"));
    }
}
