using System.Text.RegularExpressions;
using AgreementDiff.Alignment.Model;
using AgreementDiff.Reading;

namespace AgreementDiff.Alignment.Passes;

/// <summary>A genre pass: a signature block's counterpart in a report of the signing (a press release) is the section that says the agreement was signed, citing it by title.</summary>
/// <remarks>
/// A report names no parties and signs off with a bare date line, which meets a signature block only by place. When such
/// a report has a section nothing else claimed that cites the agreement's whole title, naming a party, with a word of
/// signing (政務司司長與…副省長簽署《香港特別行政區政府、…合作協議》), that section records what the signature block
/// records, and it takes the date line's place. A document that signs off with names, offices or seals is no report.
/// </remarks>
internal sealed partial class SigningReportPass : IDocumentPass
{
    public AlignmentPasses Switch => AlignmentPasses.SigningReport;

    public void Run(AlignmentContext context)
    {
        if (context.LeftScope is not null || context.RightScope is not null)
        {
            return;
        }

        Agreement[] agreements = [context.Left, context.Right];
        for (var side = 0; side < 2; side++)
        {
            var other = 1 - side;
            var signatures = SignOff(context, side);
            var signOff = SignOff(context, other);
            var parties = agreements[side].Metadata.Parties.Select(p => Letters(context, p)).Where(p => p.Length > 0).ToList();
            var title = Letters(context, agreements[side].Metadata.Title);
            if (signatures is null || signOff is null || context.IsPinned(signatures) || agreements[other].Metadata.Parties.Count > 0
                || !DocumentPatterns.IsBareSignOff(signOff.Clause.Text) || !parties.Exists(title.Contains))
            {
                continue;
            }

            var report = context.Nodes[other].FirstOrDefault(n =>
                n.Role == ClauseRole.Section && !n.IsFormula && n.Clause.Kind != ClauseKind.Annex && n.SelfAndDescendants().All(d => d.Partners.All(p => p == signatures))
                && SigningWord().IsMatch(n.SubtreeText()) && Letters(context, n.SubtreeText()).Contains(title, StringComparison.Ordinal));
            if (report is null)
            {
                continue;
            }

            var (left, right) = side == 0 ? (signatures, report) : (report, signatures);
            var level = context.OpenLevel(1);
            var score = level.Terms.Compare(left.Subtree, right.Subtree).Base;
            if (!report.IsMatched && score < context.Options.Threshold * context.Parameters.SigningReportShare)
            {
                continue;
            }

            if (signatures.Partners.Contains(signOff))
            {
                context.Remove(side == 0 ? signatures : signOff, side == 0 ? signOff : signatures);
            }

            // A join may have found the pair already, on a shared passage: it is this report either way.
            if (report.IsMatched)
            {
                score = Math.Max(score, context.Links.First(l => l.Left == left && l.Right == right).Score);
                context.Remove(left, right);
            }

            context.Accept(left, right, score, MatchBasis.SigningReport, []);
        }
    }

    /// <summary>The side's signature block (or sign-off), when it is a section.</summary>
    private static AlignmentNode? SignOff(AlignmentContext context, int side) =>
        context.Nodes[side].FirstOrDefault(n => n.Level == 1 && n.Clause.Kind == ClauseKind.Signatures);

    /// <summary>The letters and digits of a text, folded and in lower case: a title is found in a citation whatever its quotes, line breaks and spaces.</summary>
    private static string Letters(AlignmentContext context, string text) =>
        string.Concat(context.Analysis.Fold(text).Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>A word that says a document was signed: 簽署, 簽訂 (either script), signed, signing.</summary>
    [GeneratedRegex(@"簽署|签署|簽訂|签订|\bsign(?:ed|ing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SigningWord();
}
