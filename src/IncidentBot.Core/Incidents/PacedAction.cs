namespace IncidentBot.Core.Incidents;

/// <summary>What a member may do only so often: each costs Slack calls that every incident shares.</summary>
public enum PacedAction
{
    /// <summary>A declare: one <c>conversations.create</c>, of about 20 a minute for the whole workspace.</summary>
    Declare,

    /// <summary>A <c>/incident postmortem</c> recompile: a compile, a file upload and a post.</summary>
    Recompile,
}
