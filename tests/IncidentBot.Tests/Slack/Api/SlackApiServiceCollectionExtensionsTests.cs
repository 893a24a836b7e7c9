using IncidentBot.Slack.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace IncidentBot.Tests.Slack.Api;

[TestFixture]
public sealed class SlackApiServiceCollectionExtensionsTests
{
    [Test]
    public void AddSlackApi_WithoutTimeProvider_ResolvesClientWithSystemTime()
    {
        using var provider = CreateSut().BuildServiceProvider();

        Assert.Multiple(() =>
        {
            Assert.That(provider.GetRequiredService<ISlackApi>(), Is.Not.Null);
            Assert.That(provider.GetRequiredService<TimeProvider>(), Is.SameAs(TimeProvider.System));
        });
    }

    [Test]
    public void AddSlackApi_WithTimeProviderAlreadyRegistered_KeepsIt()
    {
        var fake = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(fake);

        using var provider = CreateSut(services).BuildServiceProvider();

        Assert.That(provider.GetRequiredService<TimeProvider>(), Is.SameAs(fake));
    }

    [Test]
    public void AddSlackApi_Always_SharesOnePacerAcrossClients()
    {
        using var provider = CreateSut().BuildServiceProvider();

        var first = provider.GetRequiredService<ChannelPacer>();
        var second = provider.GetRequiredService<ChannelPacer>();

        Assert.That(second, Is.SameAs(first));
    }

    private static IServiceCollection CreateSut(IServiceCollection? services = null) =>
        (services ?? new ServiceCollection()).AddLogging().AddSlackApi(o => o.BotToken = "xoxb-t");
}
