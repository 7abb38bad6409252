using Mediazona.Classification.Sentences;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Classifying;

/// <summary>
/// Decides, per defendant, which source's punishment and service type to believe:
/// a structured punishment from the sender (on the defendant, else the newest annotation carrying one)
/// &gt; the published verdict &gt; the newest annotation whose text states one. Every answer names its source.
/// </summary>
public sealed class KnownFacts
{
    readonly CourtCase _case;
    readonly IReadOnlyList<ActFinding> _act;
    readonly JudicialAct? _verdict;

    KnownFacts(CourtCase courtCase, JudicialAct? verdict, IReadOnlyList<ActFinding> act)
    {
        _case = courtCase;
        _verdict = verdict;
        _act = act;
    }

    /// <summary>Reads the case's verdict once; the per-defendant answers then cost nothing more.</summary>
    public static KnownFacts Of(CourtCase courtCase)
    {
        var verdict = Verdict(courtCase);
        if (verdict is null)
            return new KnownFacts(courtCase, null, []);
        var defendants = new DefendantRef[courtCase.Defendants.Count];
        for (var i = 0; i < defendants.Length; i++)
        {
            var d = courtCase.Defendants[i];
            defendants[i] = new DefendantRef(d.Ordinal > 0 ? d.Ordinal : i + 1, d.Name, d.NameHidden);
        }
        return new KnownFacts(courtCase, verdict, ActReader.Read(verdict.Text, defendants));
    }

    public Punishment? Punishment(Defendant defendant, int ordinal) => Sentence(defendant, ordinal).Punishment;

    /// <summary>The believed punishment, its art. 44 kind and the punishments added to it by the same source (a sender's
    /// structured punishment states no added ones and only the art. 44 kind its coarse kind implies).</summary>
    public (Punishment? Punishment, IReadOnlyList<AddedPunishment> Additional, Penalty Penalty) Sentence(Defendant defendant, int ordinal)
    {
        if (defendant.Punishment is { Kind: not PunishmentKind.Unspecified } own)
            return (own.Clone(), [], Penalty.Implied(own.Kind));

        if (Newest(defendant, ordinal, a => a.Punishment is { Kind: not PunishmentKind.Unspecified }) is { } structured)
        {
            var punishment = structured.Punishment.Clone();
            if (punishment.Source == FactSource.Unspecified)
                punishment.Source = Known(structured.Source);
            if (punishment.SourceUrl.Length == 0)
                punishment.SourceUrl = structured.SourceUrl;
            return (punishment, [], Penalty.Implied(punishment.Kind));
        }

        if (Finding(ordinal)?.Sentence is { } fromAct)
            return (ToProto(fromAct, FactSource.PublishedAct, _verdict!.Url), fromAct.Additional, fromAct.Penalty);

        foreach (var annotation in ByNewest(defendant, ordinal))
        {
            if (SentenceParser.Parse(annotation.Text) is { } fromText)
                return (ToProto(fromText, Known(annotation.Source), annotation.SourceUrl), fromText.Additional, fromText.Penalty);
        }
        return (null, [], Penalty.None);
    }

    public ServiceType ServiceType(Defendant defendant, int ordinal)
    {
        if (defendant.ServiceType != Contracts.Cases.V1.ServiceType.Unspecified)
            return defendant.ServiceType;
        if (Finding(ordinal) is { ServiceType: not Contracts.Cases.V1.ServiceType.Unspecified } finding)
            return finding.ServiceType;
        foreach (var annotation in ByNewest(defendant, ordinal))
        {
            var stated = ActReader.ServiceTypeIn(annotation.Text);
            if (stated != Contracts.Cases.V1.ServiceType.Unspecified)
                return stated;
        }
        return Contracts.Cases.V1.ServiceType.Unspecified;
    }

    ActFinding? Finding(int ordinal)
    {
        foreach (var finding in _act)
        {
            if (finding.Ordinal == ordinal)
                return finding;
        }
        return null;
    }

    static Punishment ToProto(Sentence sentence, FactSource source, string url) => new()
    {
        Kind = sentence.Kind,
        TermMonths = sentence.TermMonths,
        ProbationMonths = sentence.ProbationMonths,
        Regime = sentence.Regime,
        FineRubles = sentence.FineRubles,
        RawText = sentence.RawText,
        Source = source,
        SourceUrl = url,
    };

    static FactSource Known(FactSource source) => source == FactSource.Unspecified ? FactSource.Other : source;

    /// <summary>The newest verdict text: a «Приговор» act, or any act whose text sentences («ПРИГОВОРИЛ»).</summary>
    static JudicialAct? Verdict(CourtCase courtCase)
    {
        JudicialAct? newest = null;
        foreach (var act in courtCase.Acts)
        {
            if (string.IsNullOrWhiteSpace(act.Text))
                continue;
            var isVerdict = act.Kind.Contains("приговор", StringComparison.OrdinalIgnoreCase)
                || act.Text.Contains("ПРИГОВОРИЛ", StringComparison.Ordinal)
                || act.Text.Contains("П Р И Г О В О Р И Л", StringComparison.Ordinal);
            // ISO dates compare as strings; on a tie the later act in the list wins.
            if (isVerdict && (newest is null || string.CompareOrdinal(act.PublishedDate, newest.PublishedDate) >= 0))
                newest = act;
        }
        return newest;
    }

    Annotation? Newest(Defendant defendant, int ordinal, Func<Annotation, bool> carries)
    {
        Annotation? newest = null;
        foreach (var annotation in _case.Annotations)
        {
            if (!carries(annotation) || !Concerns(annotation, defendant, ordinal))
                continue;
            if (newest is null || string.CompareOrdinal(annotation.SourceDate, newest.SourceDate) >= 0)
                newest = annotation;
        }
        return newest;
    }

    /// <summary>Annotations about the defendant that carry text, newest first (later in the list first on equal dates).</summary>
    IEnumerable<Annotation> ByNewest(Defendant defendant, int ordinal) =>
        _case.Annotations
            .Select((annotation, index) => (annotation, index))
            .Where(x => x.annotation.Text.Length > 0 && Concerns(x.annotation, defendant, ordinal))
            .OrderByDescending(x => x.annotation.SourceDate, StringComparer.Ordinal)
            .ThenByDescending(x => x.index)
            .Select(x => x.annotation);

    /// <summary>By ordinal, else by name; an annotation naming nobody concerns the only defendant of a case.</summary>
    bool Concerns(Annotation annotation, Defendant defendant, int ordinal)
    {
        if (annotation.DefendantOrdinal > 0)
            return annotation.DefendantOrdinal == ordinal;
        if (string.IsNullOrWhiteSpace(annotation.DefendantName))
            return _case.Defendants.Count == 1;
        return !defendant.NameHidden && SameName(annotation.DefendantName, defendant.Name);
    }

    static bool SameName(string a, string b) =>
        a.Trim().Length > 0 && string.Equals(
            string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            StringComparison.OrdinalIgnoreCase);
}
