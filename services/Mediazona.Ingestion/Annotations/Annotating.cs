using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Intake;
using Mediazona.Ingestion.Validation;

namespace Mediazona.Ingestion.Annotations;

/// <summary>Adds facts from other sources to a stored case: pure, so the store only persists what this decides.</summary>
public static class Annotating
{
    /// <summary>
    /// The latest revision with the annotation appended (and its punishment marked with the annotation's source),
    /// or why the annotation cannot be stored. An annotation already on the case is not added twice.
    /// </summary>
    public static (CourtCase? Annotated, Rejection? Rejection) Apply(CourtCase latest, Annotation? annotation, DateOnly today)
    {
        if (annotation is null)
            return (null, new("annotation", "annotation is required"));
        var added = annotation.Clone();
        added.Text = added.Text.Trim();
        added.SourceUrl = added.SourceUrl.Trim();
        added.SourceDate = added.SourceDate.Trim();
        added.DefendantName = added.DefendantName.Trim();
        if (added.Text.Length == 0 && added.Punishment is null)
            return (null, new("annotation.text", "give the fact's text (or a structured punishment)"));
        if (added.Source == FactSource.Unspecified || !Enum.IsDefined(added.Source))
            return (null, new("annotation.source", "say where the fact comes from (PRESS_RELEASE, LAWYER, MANUAL, ...)"));
        if (added.Source == FactSource.Card)
            return (null, new("annotation.source", "CARD facts come from importing the card, not from an annotation"));
        if (CaseValidator.CheckDate(added.SourceDate, today) is { } badDate)
            return (null, new("annotation.source_date", badDate));
        if (added.DefendantOrdinal < 0 || (added.DefendantOrdinal > 0 && latest.Defendants.All(d => d.Ordinal != added.DefendantOrdinal)))
            return (null, new("annotation.defendant_ordinal", $"the case has no defendant {added.DefendantOrdinal}"));
        if (added.Punishment is { } punishment)
        {
            // Provenance travels with the sentence, so statistics can say where it came from.
            if (punishment.Source == FactSource.Unspecified)
                punishment.Source = added.Source;
            if (punishment.SourceUrl.Length == 0)
                punishment.SourceUrl = added.SourceUrl;
        }

        var annotated = latest.Clone();
        if (!annotated.Annotations.Contains(added))
            annotated.Annotations.Add(added);
        return (annotated, null);
    }

    /// <summary>The same record carrying the given (stored) annotations, re-hashed.</summary>
    public static PreparedCase WithAnnotations(PreparedCase prepared, IEnumerable<Annotation> annotations)
    {
        var withAnnotations = prepared.Case.Clone();
        withAnnotations.Annotations.Add(annotations.Select(a => a.Clone()));
        return new PreparedCase(prepared.Index, prepared.CaseId, withAnnotations);
    }
}
