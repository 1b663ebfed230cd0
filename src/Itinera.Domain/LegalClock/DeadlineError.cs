namespace Itinera.Domain.LegalClock;

/// <summary>An expected error when computing a deadline. <see cref="Code"/> is stable (used as the problem+json type).</summary>
public abstract record DeadlineError(string Code);

/// <summary>The rule allows no extension at all.</summary>
public sealed record ExtensionNotAllowed(string RuleCode) : DeadlineError("deadline.extension-not-allowed");

/// <summary>More extensions were given than the rule allows.</summary>
public sealed record ExtensionLimitReached(string RuleCode, int Limit, int Given) : DeadlineError("deadline.extension-limit-reached");

/// <summary>The extension at <paramref name="Index"/> (chronological) does not carry the period the rule allows for it.</summary>
public sealed record ExtensionPeriodMismatch(int Index, Period Allowed, Period Given) : DeadlineError("deadline.extension-period-mismatch");

/// <summary>The extension at <paramref name="Index"/> (chronological) has no reason; the law requires a reasoned decision.</summary>
public sealed record ExtensionReasonMissing(int Index) : DeadlineError("deadline.extension-reason-missing");

/// <summary>The extension was decided before the period started.</summary>
public sealed record ExtensionBeforeStart(int Index, DateOnly DecidedOn, DateOnly Start) : DeadlineError("deadline.extension-before-start");

/// <summary>The extension was decided after the deadline it extends had already passed (the consequence had taken effect).</summary>
public sealed record ExtensionAfterExpiry(int Index, DateOnly DecidedOn, DateOnly DueDate) : DeadlineError("deadline.extension-after-expiry");

/// <summary>Suspensions were given for a rule whose clock does not stop while the file is incomplete.</summary>
public sealed record SuspensionNotAllowed(string RuleCode) : DeadlineError("deadline.suspension-not-allowed");

/// <summary>A suspension ends before it starts.</summary>
public sealed record SuspensionInvalid(int Index, DateOnly From, DateOnly To) : DeadlineError("deadline.suspension-invalid");
