
namespace AgreementDiff.Reading;

/// <summary>The parser's end matter: the closing formula, final provisions and signature blocks.</summary>
internal sealed partial class AgreementParser
{
    private int FindTrailingSignatures(int bodyStart)
    {
        var start = _lines.Length;
        var cue = false;
        for (var i = _lines.Length - 1; i >= bodyStart; i--)
        {
            var line = _lines[i];
            if (line.Kind is LineKind.Blank or LineKind.Chrome)
            {
                continue;
            }

            if (!IsSignatureLine(i))
            {
                break;
            }

            cue |= DocumentPatterns.IsSignatureCue(line.Clean);
            start = i;
        }

        if (!cue || start == _lines.Length)
        {
            return _lines.Length;
        }

        // Chrome and blank lines just before the block belong to the body.
        return start;
    }

    private bool IsSignatureLine(int i)
    {
        var line = _lines[i];
        if (line.Kind != LineKind.Text || NumberingMarker.TryParse(line.Clean) is not null)
        {
            return false;
        }

        var next = Next(i + 1);
        if (next < _lines.Length && _lines[next].Kind == LineKind.Rule)
        {
            return false;
        }

        var limit = TextCleaner.IsMostlyLatin(line.Clean) ? ShortLineLength * 2 : ShortLineLength;
        return TextCleaner.VisibleLength(line.Clean) <= limit && !EndsWithFullStop(line.Clean);
    }

    private static bool EndsWithFullStop(string text) => text.Length > 0 && text[^1] is '。' or '.' or '!' or '?' or '！' or '？' or ';' or '；';

    private Node OpenClosing(Line line)
    {
        _stack.Clear();
        _closing = Node.Unnumbered(ClauseKind.Closing, UniqueLabel("closing"), line.Number);
        _roots.Add(_closing);
        _zone = Zone.Closing;
        return _closing;
    }

    private bool InFinalProvisions()
    {
        var top = _stack[0];
        var first = top.Paragraphs.FirstOrDefault()?.Text.ToString() ?? string.Empty;
        return DocumentPatterns.IsFinalProvisionsHeading(first.Length <= HeadingLength ? first : string.Empty)
            || top.Paragraphs.Any(p => DocumentPatterns.IsClosingFormula(p.Text.ToString()));
    }

    /// <summary>Reads a run of short lines with signature cues (names, offices, seals, dates) between parts of the document.</summary>
    private int? TryReadSignatureRun(int start)
    {
        if (_preamble is null && _closing is null)
        {
            return null;
        }

        var run = new List<int>();
        var j = start;
        for (; j < _lines.Length; j++)
        {
            var kind = _lines[j].Kind;
            if (kind is LineKind.Blank or LineKind.Chrome)
            {
                continue;
            }

            if (!IsSignatureLine(j))
            {
                break;
            }

            run.Add(j);
        }

        _noRunBefore = j;
        if (run.Count < 2 || !run.Any(r => DocumentPatterns.IsSignatureCue(_lines[r].Clean)))
        {
            return null;
        }

        // A last line that is no signature cue and leads into numbered clauses is the heading of an annex.
        var last = run[^1];
        var annex = j < _lines.Length && _lines[j].Kind == LineKind.Text && NumberingMarker.TryParse(_lines[j].Clean) is not null
            && !DocumentPatterns.IsSignatureCue(_lines[last].Clean);
        var blockEnd = annex ? run[^2] : last;
        _roots.Add(SignatureNode(run[0], blockEnd));
        if (annex)
        {
            _roots.Add(Node.Unnumbered(ClauseKind.Annex, TextCleaner.RemoveCjkSpaces(_lines[last].Clean), _lines[last].Number));
        }

        EndPart();
        return last;
    }

    private Node SignatureNode(int from, int to)
    {
        var node = Node.Unnumbered(ClauseKind.Signatures, UniqueLabel("signatures"), _lines[from].Number);
        AddBlockLines(node, from, to);
        return node;
    }

    private void AddBlockLines(Node node, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (_lines[i].Kind == LineKind.Text)
            {
                node.Paragraphs.Add(new Paragraph(_lines[i]) { Closed = true, KeepSpaces = true });
            }
        }
    }
}
