namespace AgreementDiff.Analysis;

/// <summary>A token of analyzed text, with offsets into the text as given (before folding).</summary>
/// <param name="Term">The token as indexed: folded, lower-cased (<c>卫生</c> for 衞生).</param>
/// <param name="StartOffset">The offset, in UTF-16 units, of the token's first character in the original text.</param>
/// <param name="EndOffset">The offset just past the token's last character in the original text.</param>
/// <param name="Position">The token's position; a bigram shares the position of its first character's unigram.</param>
public readonly record struct AnalyzedToken(string Term, int StartOffset, int EndOffset, int Position);
