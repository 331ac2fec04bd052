using System.Text;

namespace AgreementDiff.Reading;

/// <summary>The parser's front matter: the title, the revision history, the parties block, and the metadata built from them.</summary>
internal sealed partial class AgreementParser
{
    private (string Title, List<string> Parts, int Next) ReadTitle(int start)
    {
        if (start >= _lines.Length || _lines[start].Kind != LineKind.Text || NumberingMarker.TryParse(_lines[start].Clean) is not null)
        {
            return (string.Empty, [], start);
        }

        var first = _lines[start].Clean;
        var afterFirst = Next(start + 1);
        if (afterFirst < _lines.Length && _lines[afterFirst].Kind == LineKind.Rule && first.Length <= 200)
        {
            return (TextCleaner.RemoveCjkSpaces(first), [first], Next(afterFirst + 1));
        }

        // English titles name the parties at length: "Co-operation Agreement between the Government of … and …".
        var latin = TextCleaner.IsMostlyLatin(first);
        var longest = latin && DocumentPatterns.NamesDocumentKind(first) ? LongestEnglishTitleLine : 80;
        if (first.Length > longest || TextCleaner.EndsSentence(first) || TextCleaner.HasInnerPunctuation(first.Replace('、', ' ')))
        {
            return (string.Empty, [], start);
        }

        var parts = new List<string> { first };
        var next = afterFirst;
        var last = start;
        while (!DocumentPatterns.EndsWithDocumentKind(parts[^1]) && parts.Count < 3 && next < _lines.Length)
        {
            var line = _lines[next];
            if (line.Kind != LineKind.Text || line.Clean.Length > ShortLineLength || TextCleaner.EndsSentence(line.Clean)
                || NumberingMarker.TryParse(line.Clean) is not null || DocumentPatterns.IsPartyDetail(line.Clean))
            {
                break;
            }

            parts.Add(line.Clean);
            last = next;
            next = Next(next + 1);
        }

        if (!DocumentPatterns.EndsWithDocumentKind(parts[^1]))
        {
            parts.RemoveRange(1, parts.Count - 1);
            next = afterFirst;
            last = start;
        }

        // "Memorandum of Understanding on Co-operation" / "between the Government of …" / "and …": a preamble or a
        // party line never starts in lower case with a connecting word. A line that breaks off after one ("Co-operation
        // Agreement between") also goes on in the line right below it, when that names a body or starts in lower case
        // ("the Government of …"), and is no date: after a blank line, a party line or the preamble begins.
        while (latin && parts.Count < 5 && next < _lines.Length
            && IsTitleContinuation(_lines[next], next == last + 1 && DocumentPatterns.BreaksOffTitle(parts[^1]) && ContinuesBrokenTitle(_lines[next].Clean)))
        {
            parts.Add(_lines[next].Clean);
            last = next;
            next = Next(next + 1);
        }

        var title = TextCleaner.RemoveCjkSpaces(string.Join(' ', parts));
        return (title, parts, next);
    }

    /// <summary>Reads the revision history printed under a law's title (one event or several a line, possibly in brackets wrapped over lines) into <see cref="_history"/>.</summary>
    private int ReadHistory(int start)
    {
        var i = start;
        while (i < _lines.Length && _lines[i].Kind == LineKind.Text)
        {
            // A bracketed history may be wrapped: read on to the line that closes the bracket.
            var text = new StringBuilder(_lines[i].Clean);
            var last = i;
            var open = _lines[i].Clean.Length > 0 && _lines[i].Clean[0] is '(' or '（';
            while (open && !text.ToString().TrimEnd().EndsWith(')') && last + 1 < _lines.Length && last - i < 6 && _lines[last + 1].Kind == LineKind.Text)
            {
                last++;
                TextCleaner.AppendContinuation(text, _lines[last].Clean);
            }

            var joined = TextCleaner.RemoveCjkSpaces(text.ToString());
            if (!DocumentPatterns.IsHistoryLine(joined))
            {
                // A note of when the law takes effect (本修正案自公布之日起实行) belongs to the history printed with it, before or after the dates.
                var next = Next(i + 1);
                if (DocumentPatterns.InForceNote(joined, _lines[i].Number) is { } note
                    && (i > start || (next < _lines.Length && _lines[next].Kind == LineKind.Text && DocumentPatterns.IsHistoryLine(TextCleaner.RemoveCjkSpaces(_lines[next].Clean)))))
                {
                    _history.Add(note);
                    i = next;
                    continue;
                }

                break;
            }

            _history.AddRange(DocumentPatterns.History(joined, _lines[i].Number));
            i = Next(last + 1);
        }

        return i;
    }

    private static bool ContinuesBrokenTitle(string line) =>
        (char.IsLower(line[0]) || DocumentPatterns.MentionsOrganization(line)) && !DocumentPatterns.Dates(line, 0).Any();

    private static bool IsTitleContinuation(Line line, bool brokenOff) =>
        line.Kind == LineKind.Text && line.Clean.Length <= LongestEnglishTitleLine && (brokenOff || DocumentPatterns.ContinuesTitle(line.Clean))
        && !TextCleaner.EndsSentence(line.Clean) && HasNoInnerPunctuationButTitleCommas(line.Clean)
        && !DocumentPatterns.IsPartyDetail(line.Clean);

    private int ReadParties(int start)
    {
        var end = start;
        var lastDetail = -1;
        for (var i = start; i < _lines.Length; i++)
        {
            var line = _lines[i];
            if (line.Kind is LineKind.Blank or LineKind.Chrome)
            {
                continue;
            }

            var isDetail = line.Kind == LineKind.Text && DocumentPatterns.IsPartyDetail(line.Clean);
            var isParty = line.Kind == LineKind.Text && line.Clean.Length <= ShortLineLength && DocumentPatterns.MentionsOrganization(line.Clean);
            if (!(isDetail || isParty) || NumberingMarker.TryParse(line.Clean) is not null)
            {
                break;
            }

            if (isDetail)
            {
                lastDetail = i;
            }

            end = i + 1;
        }

        if (lastDetail < 0)
        {
            return start;
        }

        var node = Node.Unnumbered(ClauseKind.Parties, "parties", _lines[start].Number);
        AddBlockLines(node, start, end - 1);
        _roots.Add(node);
        return end;
    }

    private AgreementMetadata BuildMetadata(string title, List<string> titleParts, string? header, List<Clause> clauses, string encodingName)
    {
        var everything = clauses.SelectMany(c => c.Descendants().Prepend(c)).ToList();
        var sample = string.Concat(everything.Take(20).Select(c => c.Content));
        var language = TextCleaner.IsMostlyLatin(title + sample) ? "en" : "zh";

        // An English title is read whole: its parties may run over several lines ("… between the A" / "and the B").
        var parties = new List<string>();
        if (TextCleaner.IsMostlyLatin(title))
        {
            parties.AddRange(DocumentPatterns.EnglishParties(title));
        }
        else
        {
            foreach (var part in titleParts)
            {
                parties.AddRange(DocumentPatterns.Organizations(part));
            }
        }

        // A preamble is prose that may name other bodies ("the Arrangement between the Ministry of … and …"), so it is read only
        // for an English agreement whose title names no party, and only its first paragraph that names any.
        if (parties.Count == 0 && language == "en")
        {
            parties.AddRange(_roots.Where(r => r.Kind == ClauseKind.Preamble)
                .SelectMany(r => r.Paragraphs)
                .Select(PrefacedParties)
                .FirstOrDefault(names => names.Count > 0) ?? []);
        }

        foreach (var clause in clauses.Where(c => c.Kind is ClauseKind.Parties or ClauseKind.Signatures))
        {
            foreach (var line in clause.Text.Split('\n').Select(DocumentPatterns.WithoutAddress))
            {
                parties.AddRange(DocumentPatterns.Organizations(line));
            }
        }

        var dates = new List<PrintedDate>();
        var signingLine = default(PrintedDate);
        var firstOf = new Dictionary<ClauseKind, PrintedDate>();
        foreach (var node in _roots.SelectMany(r => r.SelfAndDescendants()))
        {
            foreach (var paragraph in node.Paragraphs)
            {
                var text = paragraph.Final();
                var first = default(PrintedDate);
                foreach (var date in DocumentPatterns.Dates(text, paragraph.StartLine))
                {
                    var located = date with { Line = LineOf(date, paragraph) };
                    dates.Add(located);
                    first ??= located;
                    firstOf.TryAdd(node.Kind, located);
                }

                // The last paragraph outside the preamble that says the document was signed on a date ("Signed in Hong Kong
                // on 18 June 2025 …" in the final article): a preamble's dates are mostly those of earlier documents.
                if (first is not null && node.Kind != ClauseKind.Preamble && DocumentPatterns.SaysSigned(text))
                {
                    signingLine = first;
                }
            }
        }

        // A law is issued on the date of the last event of its history (its latest revision, or its promulgation).
        dates.InsertRange(0, _history.Select(h => h.Date));
        // A law's own history outranks its preamble, whose dates are those of the events it recounts (序言: 一九八四年十二月十九日…签署).
        var signed = firstOf.GetValueOrDefault(ClauseKind.Signatures) ?? firstOf.GetValueOrDefault(ClauseKind.Closing) ?? signingLine
            ?? _history.LastOrDefault(h => h.Kind != RevisionKind.InForce)?.Date ?? firstOf.GetValueOrDefault(ClauseKind.Preamble);

        return new AgreementMetadata(title, header, parties.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), dates, signed, language, encodingName);
    }

    /// <summary>Finds the English parties a preamble paragraph names: on its labelled lines ("Parties: A and B", or "Parties:" over a line per party), else in its text ("made between A and B").</summary>
    /// <remarks>Labelled lines are read one by one because a label line does not end a sentence, so the parser runs it into what follows.</remarks>
    private List<string> PrefacedParties(Paragraph paragraph)
    {
        var names = new List<string>();
        for (var n = paragraph.StartLine; n <= paragraph.EndLine; n++)
        {
            var line = _lines[n - 1].Clean;
            if (!DocumentPatterns.IsPartyLabel(line))
            {
                continue;
            }

            var named = DocumentPatterns.EnglishParties(line).ToList();
            if (named.Count == 0)
            {
                // A label on its own line ("Parties:") heads a line per party.
                for (var m = n + 1; m <= paragraph.EndLine; m++)
                {
                    var next = DocumentPatterns.EnglishParties(_lines[m - 1].Clean).ToList();
                    if (next.Count == 0)
                    {
                        break;
                    }

                    named.AddRange(next);
                }
            }

            names.AddRange(named);
        }

        return names.Count > 0 ? names : DocumentPatterns.EnglishParties(paragraph.Final()).ToList();
    }

    /// <summary>Finds the line of a paragraph on which a date's year is printed (a date may be broken across lines).</summary>
    private int LineOf(PrintedDate date, Paragraph paragraph)
    {
        var year = date.Text.Length >= 4 ? date.Text[..4] : date.Text;
        for (var line = paragraph.StartLine; line <= paragraph.EndLine; line++)
        {
            if (_lines[line - 1].Clean.Contains(year, StringComparison.Ordinal))
            {
                return line;
            }
        }

        return paragraph.StartLine;
    }
}
