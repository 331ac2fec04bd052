namespace AgreementDiff;

/// <summary>A date as printed in an agreement, with its value when it could be read.</summary>
/// <param name="Text">The date exactly as printed (whitespace collapsed), for example <c>2023 年 10 月 13 日</c>.</param>
/// <param name="Value">The calendar date, or <see langword="null"/> when the printed form is incomplete or invalid.</param>
/// <param name="Line">The 1-based line the date was printed on.</param>
public sealed record PrintedDate(string Text, DateOnly? Value, int Line);
