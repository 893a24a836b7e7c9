namespace IncidentBot.FakeSlack;

/// <summary>Where blocks are shown; decides the block count limit (50 for messages, 100 for modals and Home).</summary>
public enum BlockSurface
{
    Message,
    Modal,
    Home,
}
