namespace Mediazona.Ingestion.Validation;

/// <summary>Why a record cannot be stored, and the field at fault (e.g. "cases[3].entry_date").</summary>
public sealed record Rejection(string Field, string Reason);
