using Itinera.Domain.LegalClock;

namespace Itinera.Domain.Procedures;

/// <summary>
/// The procedure state machine. Pure: "today" is passed in (to refuse future-dated steps); no clock, no I/O.
/// Every expected error is a typed <see cref="ProcedureError"/>; exceptions are for programming errors only.
/// </summary>
public static class ProcedureEngine
{
    private static readonly ProcedureState[] Open =
    [
        ProcedureState.Lodged, ProcedureState.Incomplete, ProcedureState.Complete, ProcedureState.UnderExamination,
        ProcedureState.AwaitingConsultation, ProcedureState.AwaitingRegion, ProcedureState.AwaitingDnaTest,
        ProcedureState.ProposalWritten,
    ];

    private static readonly ProcedureState[] Waiting =
        [ProcedureState.AwaitingConsultation, ProcedureState.AwaitingRegion, ProcedureState.AwaitingDnaTest];

    private static readonly Dictionary<string, (ProcedureState[] From, ProcedureSteps Step)> Table = new(StringComparer.Ordinal)
    {
        ["lodge"] = ([ProcedureState.Draft], ProcedureSteps.None),
        ["mark-incomplete"] = ([ProcedureState.Lodged, ProcedureState.Incomplete], ProcedureSteps.None),
        ["complete"] = ([ProcedureState.Lodged, ProcedureState.Incomplete], ProcedureSteps.None),
        ["assign"] = (Open, ProcedureSteps.None),
        ["start-examination"] = ([ProcedureState.Complete], ProcedureSteps.None),
        ["declare-admissible"] = ([ProcedureState.UnderExamination], ProcedureSteps.AdmissibilityPhase),
        ["extend-decision-deadline"] = (Open, ProcedureSteps.None),
        ["consult-schengen-states"] = ([ProcedureState.UnderExamination, ProcedureState.AwaitingConsultation], ProcedureSteps.SchengenConsultation),
        ["record-consultation-reply"] = ([ProcedureState.AwaitingConsultation], ProcedureSteps.SchengenConsultation),
        ["resume-examination"] = ([ProcedureState.AwaitingConsultation], ProcedureSteps.SchengenConsultation),
        ["record-guarantor-solvency"] = (
            [ProcedureState.Lodged, ProcedureState.Incomplete, ProcedureState.Complete, ProcedureState.UnderExamination, ProcedureState.AwaitingConsultation],
            ProcedureSteps.GuarantorSolvency),
        ["request-region-decision"] = ([ProcedureState.UnderExamination], ProcedureSteps.RegionDecision),
        ["record-region-decision"] = ([ProcedureState.AwaitingRegion, ProcedureState.UnderExamination], ProcedureSteps.RegionDecision),
        ["request-dna-test"] = (
            [ProcedureState.Lodged, ProcedureState.Incomplete, ProcedureState.Complete, ProcedureState.UnderExamination],
            ProcedureSteps.DnaTest),
        ["record-dna-sample"] = ([ProcedureState.AwaitingDnaTest], ProcedureSteps.DnaTest),
        ["record-dna-result"] = ([ProcedureState.AwaitingDnaTest], ProcedureSteps.DnaTest),
        ["renew-attestation"] = ([ProcedureState.UnderExamination, .. Waiting, ProcedureState.ProposalWritten], ProcedureSteps.Attestation),
        ["propose"] = ([ProcedureState.UnderExamination], ProcedureSteps.None),
        ["return-proposal"] = ([ProcedureState.ProposalWritten], ProcedureSteps.None),
        ["validate"] = ([ProcedureState.ProposalWritten], ProcedureSteps.None),
        ["record-deemed-decision"] = (Open, ProcedureSteps.None),
        ["withdraw"] = (Open, ProcedureSteps.None),
        ["notify"] = ([ProcedureState.Decided], ProcedureSteps.None),
        ["close-appeal-window"] = ([ProcedureState.AppealWindowOpen], ProcedureSteps.None),
        ["close"] = ([ProcedureState.Notified], ProcedureSteps.None),
    };

    /// <summary>A new procedure of type <paramref name="typeCode"/> in <see cref="ProcedureState.Draft"/>; lodge it with <see cref="Lodge"/>.</summary>
    public static Result<Procedure, ProcedureError> Create(string id, string typeCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return ProcedureTypes.Find(typeCode) is null
            ? Fail(new UnknownProcedureType(typeCode))
            : Ok(new Procedure { Id = id, TypeCode = typeCode });
    }

    /// <summary>Rebuilds a procedure from its persisted triggers (its history), checking each step again.</summary>
    public static Result<Procedure, ProcedureError> Replay(string id, string typeCode, IEnumerable<ProcedureTrigger> triggers, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        var result = Create(id, typeCode);
        foreach (var trigger in triggers)
        {
            if (!result.IsSuccess)
            {
                return result;
            }

            result = Transition(result.Value, trigger, today);
        }

        return result;
    }

    /// <summary>The names of the triggers the procedure's state and type allow now (for the UI's buttons; the checks of <see cref="Transition"/> still apply).</summary>
    public static IReadOnlyList<string> AllowedTriggers(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var steps = procedure.Steps;
        return [.. Table
            .Where(t => t.Value.From.Contains(procedure.State) && (t.Value.Step == ProcedureSteps.None || steps.HasFlag(t.Value.Step)))
            .Select(t => t.Key)];
    }

    /// <summary>
    /// Applies <paramref name="trigger"/>: the new procedure (with the trigger appended to its history), or why not.
    /// </summary>
    public static Result<Procedure, ProcedureError> Transition(Procedure procedure, ProcedureTrigger trigger, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(trigger);

        if (string.IsNullOrWhiteSpace(trigger.By))
        {
            return Fail(new ValueRequired("by"));
        }

        if (trigger.On > today)
        {
            return Fail(new DateInFuture(trigger.On, today));
        }

        if (procedure.History.Count > 0 && trigger.On < procedure.History[^1].Trigger.On)
        {
            return Fail(new DateBeforePreviousStep(trigger.On, procedure.History[^1].Trigger.On));
        }

        if (!Table.TryGetValue(trigger.Name, out var entry))
        {
            throw new ArgumentException($"Unknown trigger '{trigger.Name}'.", nameof(trigger));
        }

        if (entry.Step != ProcedureSteps.None && !procedure.Steps.HasFlag(entry.Step))
        {
            return Fail(new StepNotAvailable(procedure.TypeCode, entry.Step));
        }

        if (!entry.From.Contains(procedure.State))
        {
            return trigger is Notify && procedure.State < ProcedureState.Decided
                ? Fail(new NotificationBeforeDecision(procedure.State))
                : Fail(new InvalidTransition(procedure.State, trigger.Name));
        }

        var applied = Apply(procedure, trigger);
        if (!applied.TryGetValue(out var next, out var error))
        {
            return Fail(error);
        }

        var entryNumber = procedure.History.Count + 1;
        return Ok(next with { History = [.. procedure.History, new HistoryEntry(entryNumber, trigger, procedure.State, next.State)] });
    }

    /// <summary>
    /// The decision deadline computed from the procedure's dates and extensions; null when the type has none or its
    /// clock has not started.
    /// </summary>
    public static Deadline? DecisionDeadline(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.DecisionRule is not { } rule || procedure.DecisionClockStart is not { } start)
        {
            return null;
        }

        return DeadlineCalculator.Compute(rule, start, procedure.DecisionExtensions).TryGetValue(out var deadline, out var error)
            ? deadline
            : throw new InvalidOperationException($"Stored extensions no longer fit the rule: {error}.");
    }

    /// <summary>The reply deadline of one consultation (7 calendar days, UNCONFIRMED: see <see cref="ProcedureRules.SchengenConsultationReply"/>).</summary>
    public static Deadline ConsultationDeadline(Consultation consultation)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        return DeadlineCalculator.Compute(ProcedureRules.SchengenConsultationReply, consultation.SentOn).Value;
    }

    /// <summary>The day passed to the appeal rule as its start event, for a notification on <paramref name="on"/> through <paramref name="channel"/>.</summary>
    /// <remarks>
    /// Art 39/57 §2: by mail the period starts running on the 3rd working day after posting (rebuttable), so the event
    /// day (not counted) is the day before; otherwise it starts the day after delivery or sending, so the event is the
    /// notification day itself.
    /// </remarks>
    public static DateOnly AppealClockEvent(DateOnly on, NotificationChannel channel) => channel switch
    {
        NotificationChannel.RegisteredMail or NotificationChannel.OrdinaryMail =>
            PeriodCalculator.LastDay(on, Period.WorkingDays(3)).AddDays(-1),
        _ => on,
    };

    private static Result<Procedure, ProcedureError> Apply(Procedure p, ProcedureTrigger trigger) => trigger switch
    {
        Lodge t => ApplyLodge(p, t),
        MarkIncomplete t => ApplyMarkIncomplete(p, t),
        Complete t => ApplyComplete(p, t),
        Assign t => string.IsNullOrWhiteSpace(t.Officer) ? Fail(new ValueRequired("officer")) : Ok(p with { AssignedOfficer = t.Officer }),
        StartExamination => p.AssignedOfficer is null
            ? Fail(new NotAssigned())
            : Ok(p with
            {
                State = ProcedureState.UnderExamination,
                Phase = p.Steps.HasFlag(ProcedureSteps.AdmissibilityPhase) ? ProcedurePhase.Admissibility : ProcedurePhase.None,
            }),
        DeclareAdmissible t => p.Phase != ProcedurePhase.Admissibility
            ? Fail(new InvalidTransition(p.State, t.Name))
            : Ok(p with { Phase = ProcedurePhase.Merits, AdmissibleOn = t.On }),
        ExtendDecisionDeadline t => ApplyExtension(p, t),
        ConsultSchengenStates t => ApplyConsult(p, t),
        RecordConsultationReply t => ApplyConsultationReply(p, t),
        ResumeExamination t => ApplyResume(p, t),
        RecordGuarantorSolvency t => Ok(p with { Guarantor = new GuarantorCheck(t.On, t.By, t.Solvent, t.UndertakingReference) }),
        RequestRegionDecision t => Ok(p with
        {
            State = ProcedureState.AwaitingRegion,
            ResumeState = ProcedureState.UnderExamination,
            Region = new RegionDecision(t.On),
        }),
        RecordRegionDecision t => Ok(p with
        {
            State = ProcedureState.UnderExamination,
            ResumeState = null,
            Region = new RegionDecision(p.Region?.RequestedOn, t.On, t.WorkAuthorised, t.Reference),
        }),
        RequestDnaTest t => Ok(p with { State = ProcedureState.AwaitingDnaTest, ResumeState = p.State, Dna = new DnaTest(t.On) }),
        RecordDnaSample t => Ok(p with { Dna = p.Dna! with { SampleTakenOn = t.On } }),
        RecordDnaResult t => p.Dna?.SampleTakenOn is null
            ? Fail(new DnaSampleNotTaken())
            : Ok(p with
            {
                State = p.ResumeState ?? ProcedureState.UnderExamination,
                ResumeState = null,
                Dna = p.Dna with { ResultOn = t.On, KinshipConfirmed = t.KinshipConfirmed },
            }),
        RenewAttestation t => ApplyRenewal(p, t),
        Propose t => ApplyPropose(p, t),
        ReturnProposal t => string.IsNullOrWhiteSpace(t.Note)
            ? Fail(new ValueRequired("note"))
            : Ok(p with { State = ProcedureState.UnderExamination, Proposal = null }),
        Validate t => ApplyValidate(p, t),
        RecordDeemedDecision t => ApplyDeemed(p, t),
        Withdraw t => Ok(p with
        {
            State = ProcedureState.Closed,
            ResumeState = null,
            Decision = new Decision(
                ProcedureOutcome.Withdrawn, t.Note, null, null, t.On,
                p.Type.FindOutcome(ProcedureOutcome.Withdrawn)?.DocumentCode ?? "letter.procedure.withdrawal-acknowledged", null),
        }),
        Notify t => ApplyNotify(p, t),
        CloseAppealWindow t => ApplyCloseAppeal(p, t),
        Close => Ok(p with { State = ProcedureState.Closed }),
        _ => throw new ArgumentException($"Unhandled trigger '{trigger.Name}'.", nameof(trigger)),
    };

    private static Result<Procedure, ProcedureError> ApplyLodge(Procedure p, Lodge t)
    {
        if (t.VariantCode is { } variant && p.Type.FindVariant(variant) is null)
        {
            return Fail(new UnknownVariant(p.TypeCode, variant));
        }

        var lodged = p with { VariantCode = t.VariantCode };
        if (UnknownIn(lodged, t.Documents) is { } unknown)
        {
            return Fail(unknown);
        }

        return Ok(lodged with
        {
            State = ProcedureState.Lodged,
            LodgedOn = t.On,
            ReceivedDocuments = [.. (t.Documents ?? []).Distinct(StringComparer.Ordinal)],
        });
    }

    private static Result<Procedure, ProcedureError> ApplyMarkIncomplete(Procedure p, MarkIncomplete t)
    {
        IReadOnlyList<string> missing;
        if (t.Missing is { Count: > 0 } listed)
        {
            if (UnknownIn(p, listed) is { } unknown)
            {
                return Fail(unknown);
            }

            missing = [.. listed.Distinct(StringComparer.Ordinal)];
        }
        else
        {
            missing = p.MissingDocuments;
            if (missing.Count == 0)
            {
                return Fail(new NothingMissing());
            }
        }

        return Ok(p with
        {
            State = ProcedureState.Incomplete,
            ReceivedDocuments = [.. p.ReceivedDocuments.Except(missing, StringComparer.Ordinal)],
            IncompleteNotices = [.. p.IncompleteNotices, new IncompleteNotice(t.On, t.By, missing)],
        });
    }

    private static Result<Procedure, ProcedureError> ApplyComplete(Procedure p, Complete t)
    {
        var added = t.Documents ?? [];
        if (UnknownIn(p, added) is { } unknown)
        {
            return Fail(unknown);
        }

        var next = p with { ReceivedDocuments = [.. p.ReceivedDocuments.Union(added, StringComparer.Ordinal)] };
        var missing = next.MissingDocuments;
        return missing.Count > 0
            ? Fail(new MissingDocuments(missing))
            : Ok(next with { State = ProcedureState.Complete, CompletedOn = p.CompletedOn ?? t.On });
    }

    private static Result<Procedure, ProcedureError> ApplyExtension(Procedure p, ExtendDecisionDeadline t)
    {
        if (p.DecisionRule is not { } rule)
        {
            return Fail(new NoDecisionDeadline(p.TypeCode));
        }

        if (p.DecisionClockStart is not { } start)
        {
            return Fail(new ClockNotStarted());
        }

        var extensions = WithNext(rule, p.DecisionExtensions, t.On, t.Reason);
        return DeadlineCalculator.Compute(rule, start, extensions).TryGetValue(out _, out var error)
            ? Ok(p with { DecisionExtensions = extensions })
            : Fail(new DeadlineRejected(error));
    }

    private static Result<Procedure, ProcedureError> ApplyRenewal(Procedure p, RenewAttestation t)
    {
        if (p.AdmissibleOn is not { } start)
        {
            return Fail(new ClockNotStarted());
        }

        var rule = LegalRules.StayDecisions.MedicalAttestation;
        var renewals = WithNext(rule, p.AttestationRenewals, t.On, t.Reason);
        return DeadlineCalculator.Compute(rule, start, renewals).TryGetValue(out _, out var error)
            ? Ok(p with { AttestationRenewals = renewals })
            : Fail(new DeadlineRejected(error));
    }

    private static IReadOnlyList<ExtensionDecision> WithNext(LegalRule rule, IReadOnlyList<ExtensionDecision> existing, DateOnly on, string reason)
    {
        // Beyond the limit any period will do: the calculator reports ExtensionLimitReached / ExtensionNotAllowed.
        var period = existing.Count < rule.MaxExtensions ? rule.Extensions[existing.Count] : rule.Period;
        return [.. existing, new ExtensionDecision(on, reason ?? string.Empty, period)];
    }

    private static Result<Procedure, ProcedureError> ApplyConsult(Procedure p, ConsultSchengenStates t)
    {
        if (t.States is not { Count: > 0 })
        {
            return Fail(new ValueRequired("states"));
        }

        var consultations = p.Consultations.ToList();
        foreach (var raw in t.States)
        {
            var state = (raw ?? string.Empty).Trim().ToUpperInvariant();
            if (state.Length == 0)
            {
                return Fail(new ValueRequired("states"));
            }

            if (state == "BE")
            {
                return Fail(new InvalidConsultation(state, "Belgium does not consult itself."));
            }

            if (consultations.Any(c => c.State == state))
            {
                return Fail(new InvalidConsultation(state, "Already consulted."));
            }

            consultations.Add(new Consultation(state, t.On));
        }

        return Ok(p with
        {
            State = ProcedureState.AwaitingConsultation,
            ResumeState = ProcedureState.UnderExamination,
            Consultations = consultations,
        });
    }

    private static Result<Procedure, ProcedureError> ApplyConsultationReply(Procedure p, RecordConsultationReply t)
    {
        var state = (t.State ?? string.Empty).Trim().ToUpperInvariant();
        var index = p.Consultations.ToList().FindIndex(c => c.State == state);
        if (index < 0)
        {
            return Fail(new InvalidConsultation(state, "Not consulted."));
        }

        if (p.Consultations[index].Replied)
        {
            return Fail(new InvalidConsultation(state, "Already replied."));
        }

        var consultations = p.Consultations.ToList();
        consultations[index] = consultations[index] with { RepliedOn = t.On, Objects = t.Objects };
        var allReplied = consultations.TrueForAll(c => c.Replied);
        return Ok(p with
        {
            Consultations = consultations,
            State = allReplied ? p.ResumeState ?? ProcedureState.UnderExamination : p.State,
            ResumeState = allReplied ? null : p.ResumeState,
        });
    }

    private static Result<Procedure, ProcedureError> ApplyResume(Procedure p, ResumeExamination t)
    {
        var pending = p.Consultations.Where(c => !c.Replied && t.On <= ConsultationDeadline(c).DueDate).Select(c => c.State).ToList();
        return pending.Count > 0
            ? Fail(new ConsultationPending(pending))
            : Ok(p with { State = p.ResumeState ?? ProcedureState.UnderExamination, ResumeState = null });
    }

    private static Result<Procedure, ProcedureError> ApplyPropose(Procedure p, Propose t)
    {
        if (t.Outcome is ProcedureOutcome.Withdrawn or ProcedureOutcome.DeemedGranted || p.Type.FindOutcome(t.Outcome) is null)
        {
            return Fail(new OutcomeNotAllowed(p.TypeCode, t.Outcome));
        }

        if (ProcedureOutcomes.IsNegative(t.Outcome) && string.IsNullOrWhiteSpace(t.Reasons))
        {
            return Fail(new ReasonsRequired(t.Outcome));
        }

        var wrongPhase = p.Phase switch
        {
            ProcedurePhase.Admissibility => t.Outcome is not (ProcedureOutcome.Inadmissible or ProcedureOutcome.NotConsidered),
            ProcedurePhase.Merits => t.Outcome is ProcedureOutcome.Inadmissible,
            _ => false,
        };
        if (wrongPhase)
        {
            return Fail(new WrongPhase(p.Phase, t.Outcome));
        }

        if (t.Outcome == ProcedureOutcome.Granted)
        {
            if (p.Steps.HasFlag(ProcedureSteps.RegionDecision))
            {
                switch (p.Region?.WorkAuthorised)
                {
                    case null:
                        return Fail(new RegionDecisionPending());
                    case false:
                        return Fail(new RegionRefusedWork());
                }
            }

            var objecting = p.Consultations.Where(c => c.Objects == true).Select(c => c.State).ToList();
            if (objecting.Count > 0)
            {
                return Fail(new GrantBlockedByObjection(objecting));
            }
        }

        if (TimeBarred(p, t.Outcome, t.On) is { } barred)
        {
            return Fail(barred);
        }

        return Ok(p with { State = ProcedureState.ProposalWritten, Proposal = new Proposal(t.Outcome, t.Reasons, t.By, t.On) });
    }

    private static Result<Procedure, ProcedureError> ApplyValidate(Procedure p, Validate t)
    {
        var proposal = p.Proposal ?? throw new InvalidOperationException("A procedure in ProposalWritten has a proposal.");
        if (!t.IsSupervisor)
        {
            return Fail(new NotASupervisor(t.By));
        }

        if (string.Equals(t.By.Trim(), proposal.By.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return Fail(new FourEyesViolation(proposal.By));
        }

        if (TimeBarred(p, proposal.Outcome, t.On) is { } barred)
        {
            return Fail(barred);
        }

        var outcome = p.Type.FindOutcome(proposal.Outcome)!;
        return Ok(p with
        {
            State = ProcedureState.Decided,
            Decision = new Decision(proposal.Outcome, proposal.Reasons, proposal.By, t.By, t.On, outcome.DocumentCode, outcome.AppealRuleCode),
        });
    }

    private static Result<Procedure, ProcedureError> ApplyDeemed(Procedure p, RecordDeemedDecision t)
    {
        if (p.DecisionRule is not { } rule)
        {
            return Fail(new NoDecisionDeadline(p.TypeCode));
        }

        if (!ProcedureOutcomes.IsDeemedPositive(rule.Consequence) || p.Type.FindOutcome(ProcedureOutcome.DeemedGranted) is not { } outcome)
        {
            return Fail(new NoDeemedDecision(p.TypeCode, rule.Consequence));
        }

        if (DecisionDeadline(p) is not { } deadline)
        {
            return Fail(new ClockNotStarted());
        }

        if (t.On <= deadline.DueDate)
        {
            return Fail(new DeadlineNotExpired(deadline.DueDate));
        }

        return Ok(p with
        {
            State = ProcedureState.Decided,
            ResumeState = null,
            Decision = new Decision(ProcedureOutcome.DeemedGranted, null, null, null, t.On, outcome.DocumentCode, outcome.AppealRuleCode),
        });
    }

    private static ProcedureError? TimeBarred(Procedure p, ProcedureOutcome outcome, DateOnly on)
    {
        if (!ProcedureOutcomes.IsNegative(outcome) || DecisionDeadline(p) is not { } deadline)
        {
            return null;
        }

        return ProcedureOutcomes.IsDeemedPositive(deadline.ConsequenceAtExpiry) && on > deadline.DueDate
            ? new DecisionTimeBarred(deadline.DueDate, deadline.ConsequenceAtExpiry)
            : null;
    }

    private static Result<Procedure, ProcedureError> ApplyNotify(Procedure p, Notify t)
    {
        var allowed = p.Type.NotificationRoute switch
        {
            NotificationRoute.Municipality => t.Channel == NotificationChannel.ThroughMunicipality,
            NotificationRoute.DiplomaticPost => t.Channel == NotificationChannel.ThroughDiplomaticPost,
            _ => true,
        };
        if (!allowed)
        {
            return Fail(new NotificationChannelNotAllowed(p.Type.NotificationRoute, t.Channel));
        }

        var decision = p.Decision ?? throw new InvalidOperationException("A decided procedure has a decision.");
        return Ok(p with
        {
            State = decision.AppealRuleCode is null ? ProcedureState.Notified : ProcedureState.AppealWindowOpen,
            Notification = new NotificationRecord(t.On, t.Channel, AppealClockEvent(t.On, t.Channel)),
        });
    }

    private static Result<Procedure, ProcedureError> ApplyCloseAppeal(Procedure p, CloseAppealWindow t)
    {
        if (t.AppealLodged)
        {
            return Ok(p with { State = ProcedureState.Closed, AppealLodgedOn = t.On });
        }

        var due = ProcedureDeadlines.AppealDeadline(p)?.DueDate;
        return due is { } dueDate && t.On <= dueDate
            ? Fail(new AppealWindowStillOpen(dueDate))
            : Ok(p with { State = ProcedureState.Closed });
    }

    private static UnknownDocument? UnknownIn(Procedure p, IEnumerable<string>? codes)
    {
        var checklist = p.Checklist;
        var unknown = (codes ?? []).FirstOrDefault(c => !checklist.Any(d => string.Equals(d.Code, c, StringComparison.Ordinal)));
        return unknown is null ? null : new UnknownDocument(unknown);
    }

    private static Result<Procedure, ProcedureError> Ok(Procedure p) => Result<Procedure, ProcedureError>.Success(p);

    private static Result<Procedure, ProcedureError> Fail(ProcedureError e) => Result<Procedure, ProcedureError>.Failure(e);
}
