using System.Text;
using AgreementDiff.Reading.Formats;

namespace AgreementDiff.Reading;

/// <summary>Builds an <see cref="Agreement"/> from decoded text: classifies lines, undoes artefacts and nests numbered clauses.</summary>
/// <remarks>One pass over the lines plus bounded look-ahead, so time is linear in the size of the input.</remarks>
internal sealed partial class AgreementParser
{
    private const int ShortLineLength = 40;

    /// <summary>The longest line an English title may take (titles name the parties at length).</summary>
    private const int LongestEnglishTitleLine = 250;

    private const int HeadingLength = 30;

    private readonly string _sourceName;
    private readonly AgreementReaderOptions _options;
    private readonly Line[] _lines;
    private readonly List<ReadDiagnostic> _diagnostics = [];
    private readonly List<Node> _roots = [];
    private readonly List<Node> _stack = [];
    private readonly Dictionary<(NumberingStyle Style, int Level, string Prefix), int> _lastNumber = [];
    private readonly Dictionary<string, int> _labelCounts = [];
    private readonly double _wrapWidth;
    private readonly MarkdownLayout? _layout;
    private readonly List<RevisionEvent> _history = [];
    private readonly List<string> _contents = [];

    /// <summary>The depth in the open clauses at which headings of each Markdown level were placed.</summary>
    private readonly Dictionary<int, int> _headingDepth = [];

    private Node? _preamble;
    private Node? _closing;
    private Paragraph? _paragraph;

    /// <summary>Whether the annex lines just read are a list an article introduced (…以下附件：), not annexes printed after the articles.</summary>
    private bool _annexesListed;
    private Zone _zone = Zone.Front;
    private int _noRunBefore;

    private AgreementParser(string sourceName, string text, AgreementReaderOptions options, MarkdownLayout? layout)
    {
        _sourceName = sourceName;
        _options = options;
        _layout = layout;
        var raw = SplitLines(text);
        _lines = new Line[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            var clean = TextCleaner.CleanLine(raw[i]);
            var kind = clean.Length == 0 ? LineKind.Blank
                : DocumentPatterns.IsChrome(clean) ? LineKind.Chrome
                : DocumentPatterns.IsRule(clean) ? LineKind.Rule
                : LineKind.Text;
            _lines[i] = new Line(i + 1, raw[i], clean, kind);
        }

        _wrapWidth = WrapWidth(_lines);
    }

    private enum LineKind
    {
        Blank,
        Chrome,
        Rule,
        Text,
    }

    private enum Zone
    {
        Front,
        Body,
        Closing,
    }

    /// <summary>What the text after a clause number looks like: a short heading or a sentence.</summary>
    private enum Shape
    {
        Unknown,
        Heading,
        Sentence,
    }

    public static Agreement Parse(string sourceName, string text, string encodingName, AgreementReaderOptions options, InputFormat format = InputFormat.Text, MarkdownLayout? layout = null)
    {
        var parser = new AgreementParser(sourceName, text, options, layout);
        if (!parser._lines.Any(l => l.Kind == LineKind.Text))
        {
            throw new AgreementReadException(sourceName, null, ReadProblem.Empty, "the input has no text");
        }

        return parser.Build(encodingName, format);
    }

    private Agreement Build(string encodingName, InputFormat format)
    {
        var start = Next(0);
        string? header = null;
        if (start < _lines.Length && DocumentPatterns.IsAnnexLabel(_lines[start].Clean) && Next(start + 1) < _lines.Length)
        {
            header = _lines[start].Clean;
            start = Next(start + 1);
        }

        var (title, titleParts, bodyStart) = _layout is not null && start < _lines.Length && _layout.Headings.GetValueOrDefault(_lines[start].Number) == 1
            ? (TextCleaner.RemoveCjkSpaces(_lines[start].Clean), [_lines[start].Clean], Next(start + 1))
            : ReadTitle(start);
        while (bodyStart < _lines.Length && title.Length > 0 && TextCleaner.RemoveCjkSpaces(_lines[bodyStart].Clean) == title)
        {
            // The title printed twice (a Markdown heading, then the document's own title line).
            bodyStart = Next(bodyStart + 1);
        }

        bodyStart = ReadHistory(bodyStart);
        bodyStart = ReadParties(bodyStart);
        var signaturesStart = FindTrailingSignatures(bodyStart);

        for (var i = bodyStart; i < signaturesStart; i++)
        {
            i = ReadLine(i);
        }

        FlushParagraph();
        if (signaturesStart < _lines.Length)
        {
            _roots.Add(SignatureNode(signaturesStart, _lines.Length - 1));
        }

        var clauses = Finish();
        var metadata = BuildMetadata(title, titleParts, header, clauses, encodingName) with { Format = format, History = _history, Contents = _contents };
        return new Agreement(_sourceName, metadata, clauses, _diagnostics, _lines.Select(l => l.Raw).ToArray());
    }

    // ---- front matter ------------------------------------------------------------------------------

    // ---- the body ----------------------------------------------------------------------------------

    private int ReadLine(int i)
    {
        var line = _lines[i];
        switch (line.Kind)
        {
            case LineKind.Blank or LineKind.Chrome:
                return i;
            case LineKind.Rule:
                FlushParagraph();
                return i;
        }

        if (_layout is not null)
        {
            if (_layout.BlockStarts.Contains(line.Number))
            {
                FlushParagraph();
            }

            if (_layout.Headings.TryGetValue(line.Number, out var level))
            {
                ReadHeading(i, level);
                return i;
            }
        }

        if (_zone == Zone.Front && _contents.Count == 0 && DocumentPatterns.IsContentsHeading(TextCleaner.RemoveCjkSpaces(line.Clean)) && ReadContents(i) is { } contentsEnd)
        {
            FlushParagraph();
            return contentsEnd;
        }

        var next = Next(i + 1);
        if (next < _lines.Length && _lines[next].Kind == LineKind.Rule && line.Clean.Length <= 80 && !EndsWithFullStop(line.Clean))
        {
            OpenUnderlinedHeading(line);
            return next;
        }

        if (NumberingMarker.TryParse(line.Clean) is { } parsed && Resolve(parsed) is var marker && Accept(marker, line, out var at))
        {
            OpenNumbered(marker, line, at);
            return i;
        }

        if (TryOpenPreamble(line) || TryOpenLawAnnex(line))
        {
            return i;
        }

        if (_paragraph is { Closed: false })
        {
            var startsText = _paragraph.Text.Length == 0;
            _paragraph.Append(line);
            if (startsText)
            {
                // The number stood alone on its line: this line is the clause's heading or the start of its text.
                _paragraph.Closed = ClosesAsHeading(line.Clean, line.Clean);
            }

            return i;
        }

        FlushParagraph();
        return StartParagraph(i);
    }

    private int StartParagraph(int i)
    {
        var line = _lines[i];
        if (_zone != Zone.Body && i >= _noRunBefore && TryReadSignatureRun(i) is { } runEnd)
        {
            return runEnd;
        }

        Node target;
        if (_zone == Zone.Body && DocumentPatterns.IsClosingFormula(line.Clean) && !InFinalProvisions())
        {
            target = OpenClosing(line);
        }
        else if (_zone == Zone.Front && _preamble is { Paragraphs.Count: > 0 } && _closing is null && DocumentPatterns.IsClosingFormula(line.Clean))
        {
            target = OpenClosing(line);
        }
        else if (_zone == Zone.Front && DocumentPatterns.IsAnnexLabel(line.Clean))
        {
            _roots.Add(Node.Unnumbered(ClauseKind.Annex, TextCleaner.RemoveCjkSpaces(line.Clean), line.Number));
            EndPart();
            return i;
        }
        else if (_zone == Zone.Body && IsBareLegalHeading(i))
        {
            OpenHeading(line, OutermostDivision());
            return i;
        }
        else
        {
            target = _zone switch
            {
                Zone.Body => ArticleParagraphTarget(),
                Zone.Closing => _closing ?? OpenClosing(line),
                _ => _closing ?? Preamble(line),
            };
        }

        _paragraph = new Paragraph(line);
        _paragraph.Closed = TextCleaner.EndsSentence(line.Clean);
        target.Paragraphs.Add(_paragraph);
        return i;
    }

    private Node Preamble(Line line)
    {
        if (_preamble is null)
        {
            _preamble = Node.Unnumbered(ClauseKind.Preamble, UniqueLabel("preamble"), line.Number);
            _roots.Add(_preamble);
        }

        return _preamble;
    }

    /// <summary>Ends the preamble or closing in progress: text after a block that interrupts it starts a new part, so spans never overlap.</summary>
    private void EndPart()
    {
        _preamble = null;
        _closing = null;
        _paragraph = null;
    }

    /// <summary>Chooses between two readings of a marker (<c>(i)</c> the Roman one or the letter after <c>(h)</c>) by the sequences open around it.</summary>
    private NumberingMarker Resolve(NumberingMarker marker)
    {
        if (marker.Alternative is not { } alternative)
        {
            return marker;
        }

        var alternativeAt = ContinuedAt(alternative);
        if (alternativeAt < 0 || ContinuedAt(marker) > alternativeAt)
        {
            // A sequence no longer open still counts ("Part C" after "Part B" and a closing paragraph is the third part).
            var closedNext = ContinuedAt(marker) < 0 && _lastNumber.TryGetValue((alternative.Style, alternative.Level, alternative.Prefix), out var previous) && previous + 1 == alternative.Number;
            return closedNext ? alternative : marker;
        }

        // A clause that ends with a colon leads into a list of its own: "(h) as follows:" is followed by the Roman (i).
        var leadsIntoList = alternativeAt == _stack.Count - 1 && marker.Number == 1
            && _stack[^1].Paragraphs.LastOrDefault()?.Text.ToString().TrimEnd() is { Length: > 0 } last && last[^1] is ':' or '：';
        return leadsIntoList ? marker : alternative;
    }

    /// <summary>Finds the deepest open clause that the marker would follow as the next number of the same sequence, or -1.</summary>
    private int ContinuedAt(NumberingMarker marker) =>
        _stack.FindLastIndex(n => IsSameSequence(n, marker) && n.Number + 1 == marker.Number);

    private static bool IsSameSequence(Node node, NumberingMarker marker) =>
        node.Style == marker.Style && node.Level == marker.Level && string.Equals(node.Prefix, marker.Prefix, StringComparison.Ordinal);

    /// <summary>Tells whether a clause's number is <paramref name="prefix"/>: a decimal clause's whole label, or the number of a clause of another style.</summary>
    private static bool IsNumbered(Node node, string prefix) =>
        node.Style == NumberingStyle.Decimal
            ? string.Equals(node.Label, prefix, StringComparison.Ordinal)
            : !prefix.Contains('.', StringComparison.Ordinal) && node.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) == prefix;

    /// <summary>Tells whether a decimal number extends the number of an open clause (<c>3.1</c> in Article 3, <c>2.1.1</c> in 2.1), which marks it as a clause even after an unfinished line.</summary>
    private bool ExtendsOpenClause(NumberingMarker marker) =>
        marker.Style == NumberingStyle.Decimal
        && _stack.Exists(n => IsNumbered(n, marker.Prefix));

    /// <summary>Decides whether a marker opens a clause and, if so, at which depth of the open clauses (<paramref name="at"/>; the stack's count nests it in the innermost).</summary>
    private bool Accept(NumberingMarker marker, Line line, out int at)
    {
        var index = _stack.FindLastIndex(n => IsSameSequence(n, marker));
        var shape = ShapeOf(marker.Rest);
        var continued = Enumerable.Range(0, index + 1).Where(i => IsSameSequence(_stack[i], marker) && _stack[i].Number + 1 == marker.Number).ToList();
        if (continued.Count > 0)
        {
            // A list nested in a clause of the same style can end where the outer sequence goes on: "3. Final provisions"
            // after "(b) 2. Both sides …" follows the outer "2. Areas of co-operation", whose shape it shares.
            at = continued.Where(i => Agree(_stack[i].Shape, shape)).DefaultIfEmpty(continued[^1]).Last();
            return true;
        }

        at = index >= 0 ? index : _stack.Count;
        if (marker.OnlyInSequence && _paragraph is { Closed: false } && !ExtendsOpenClause(marker))
        {
            // A form that ordinary lines also start with ("I.", "a)", "1.5"), in the middle of a sentence, is part of the
            // sentence even when numbered 1: "… as set out in\na) the annex" is a wrapped line.
            return false;
        }

        var key = (marker.Style, marker.Level, marker.Prefix);
        if (index < 0 && (marker.Number == 1 || (_lastNumber.TryGetValue(key, out var last) && marker.Number == last + 1)))
        {
            // "2.1" after "1.2" with no clause 1 or 2 above them starts a sequence under a new prefix, beside the old one:
            // labels are whole numbers, so the paths stay unique.
            var peer = marker.Level > 0 ? _stack.FindLastIndex(n => n.Style == marker.Style && n.Level == marker.Level) : -1;
            at = peer >= 0 ? peer : _stack.Count;
            if (peer > 0 && IsNumbered(_stack[peer - 1], _stack[peer].Prefix))
            {
                // The old sequence extended its parent's number ("1.2" in "1. Objectives"); "2.1" does not belong there.
                at = peer - 1;
            }

            return true;
        }

        if (marker.OnlyInSequence && index >= 0 && marker.Number > _stack[index].Number + 1 && _paragraph is not { Closed: false }
            && shape != Shape.Unknown && Agree(_stack[index].Shape, shape))
        {
            // "IV. Trade" after "II. Finance" and a finished paragraph skips a number but is still the sequence's next clause.
            WarnNumbering(ReadProblem.NumberingSkipped, line.Number, $"clause {marker.Label} follows {_stack[index].Label}: numbering skips");
            return true;
        }

        if (_paragraph is { Closed: false } || marker.OnlyInSequence)
        {
            // A number that does not continue any sequence, in the middle of a sentence, is part of the sentence;
            // so is a form that ordinary lines also start with ("I.", "a)", "1.5") out of sequence.
            return false;
        }

        if (index >= 0 && index < _stack.Count - 1 && marker.Number == 1 && !Agree(_stack[index].Shape, shape))
        {
            // "1. Both sides …" under "(a) Finance" under "2. Areas of co-operation" starts a list of its own, not a
            // third top-level section that goes back to 1.
            at = _stack.Count;
            return true;
        }

        int? expected = index >= 0 ? _stack[index].Number + 1 : null;
        var previous = index >= 0 ? _stack[index].Number : _lastNumber.GetValueOrDefault(key);
        var problem = marker.Number > (expected ?? 1) ? ReadProblem.NumberingSkipped : ReadProblem.NumberingRepeated;
        var message = index >= 0
            ? $"clause {marker.Label} follows {_stack[index].Label}: numbering {(problem == ReadProblem.NumberingSkipped ? "skips" : "repeats or goes back")}"
            : $"clause {marker.Label} starts a sequence that should start at 1 (the last of its kind was {previous})";
        WarnNumbering(problem, line.Number, message);
        return true;
    }

    private void WarnNumbering(ReadProblem problem, int line, string message)
    {
        if (_options.StrictNumbering)
        {
            throw new AgreementReadException(_sourceName, line, problem, message);
        }

        _diagnostics.Add(new ReadDiagnostic(problem, line, message));
    }

    private void OpenNumbered(NumberingMarker marker, Line line, int at)
    {
        FlushParagraph();
        _stack.RemoveRange(at, _stack.Count - at);
        if (_stack.Count > 0 && IsChineseArticle(_stack[^1]) && marker.Number == 1 && _stack[^1].Children.Exists(c => c.Style == marker.Style) && _stack[^1].Paragraphs.Count > 1)
        {
            OpenArticleParagraph(_stack[^1]);
        }

        var node = new Node(ClauseKind.Section, marker.Label, marker.Style, marker.Number, line.Number) { Level = marker.Level, Prefix = marker.Prefix, Shape = ShapeOf(marker.Rest) };
        Attach(node);
        _lastNumber[(marker.Style, marker.Level, marker.Prefix)] = marker.Number;
        _paragraph = new Paragraph(line, marker.Rest) { FromMarker = true };
        _paragraph.Closed = marker.Rest.Length > 0 && ClosesAsHeading(marker.Rest, line.Clean);
        node.Paragraphs.Add(_paragraph);
    }

    private void OpenUnderlinedHeading(Line line)
    {
        FlushParagraph();
        var index = _stack.FindLastIndex(n => n.Style == NumberingStyle.Underlined);
        if (index >= 0)
        {
            _stack.RemoveRange(index, _stack.Count - index);
        }

        var heading = TextCleaner.RemoveCjkSpaces(line.Clean);
        var node = new Node(ClauseKind.Section, heading, NumberingStyle.Underlined, null, line.Number) { FixedHeading = heading };
        Attach(node);
        _paragraph = null;
    }

    /// <summary>Reads a Markdown heading: a numbered one by its numbering (which wins over its level), an unnumbered one at the depth its level was given before.</summary>
    private void ReadHeading(int i, int level)
    {
        var line = _lines[i];
        if (NumberingMarker.TryParse(line.Clean) is { } parsed && Resolve(parsed) is var marker && Accept(marker, line, out var at))
        {
            OpenNumbered(marker, line, at);
            _paragraph!.Closed = true;
            _headingDepth[level] = at;
            return;
        }

        if (TryOpenPreamble(line))
        {
            return;
        }

        var depth = _headingDepth.TryGetValue(level, out var known) ? known
            : _headingDepth.Where(h => h.Key < level).Select(h => h.Value + 1).DefaultIfEmpty(0).Max();
        depth = Math.Min(depth, _stack.Count);
        OpenHeading(line, depth);
        _headingDepth[level] = depth;
    }

    /// <summary>Opens an unnumbered heading (a Markdown heading, 附则 standing alone between chapters' articles) at <paramref name="depth"/> of the open clauses.</summary>
    private void OpenHeading(Line line, int depth)
    {
        FlushParagraph();
        _stack.RemoveRange(depth, _stack.Count - depth);
        var heading = TextCleaner.RemoveCjkSpaces(line.Clean);
        Attach(new Node(ClauseKind.Section, heading, NumberingStyle.Heading, null, line.Number) { FixedHeading = heading });
        _paragraph = null;
    }

    private void Attach(Node node)
    {
        if (_stack.Count == 0)
        {
            _roots.Add(node);
        }
        else
        {
            node.Kind = ClauseKind.Item;
            _stack[^1].Children.Add(node);
        }

        _stack.Add(node);
        _zone = Zone.Body;
        _closing = null;
    }

    /// <summary>Tells whether the text after a number is a complete heading, so that the next line starts the clause's body.</summary>
    private bool ClosesAsHeading(string rest, string wholeLine)
    {
        if (TextCleaner.EndsSentence(rest))
        {
            return true;
        }

        // A line as long as the document's wrapped lines was cut by the typesetter, not ended by the author.
        return IsHeadingLike(rest) && TextCleaner.VisibleLength(wholeLine) < _wrapWidth * 0.85;
    }

    private static Shape ShapeOf(string rest) =>
        rest.Length == 0 ? Shape.Unknown : !TextCleaner.EndsSentence(rest) && IsHeadingLike(rest) ? Shape.Heading : Shape.Sentence;

    private static bool Agree(Shape a, Shape b) => a == Shape.Unknown || b == Shape.Unknown || a == b;

    /// <summary>Whether the text reads as a heading: short, and no inner punctuation (a Chinese comma joins clauses of a sentence), except commas in an English heading in title or upper case (Trade, Investment and Professional Services).</summary>
    private static bool IsHeadingLike(string text) =>
        text.Length > 0
        && (TextCleaner.IsMostlyLatin(text)
            ? text.Split(' ').Length <= 12 && HasNoInnerPunctuationButTitleCommas(text)
            : !TextCleaner.HasInnerPunctuation(text) && TextCleaner.VisibleLength(text) <= HeadingLength);

    /// <summary>Whether a text has no inner punctuation except commas in title or upper case (and the Culture, Sports and Tourism Bureau).</summary>
    private static bool HasNoInnerPunctuationButTitleCommas(string text) =>
        !TextCleaner.HasInnerPunctuation(text) || (DocumentPatterns.IsTitleCase(text) && !TextCleaner.HasInnerPunctuation(text.Replace(',', ' ')));

    private void FlushParagraph() => _paragraph = null;

    private string UniqueLabel(string label)
    {
        var n = _labelCounts[label] = _labelCounts.GetValueOrDefault(label) + 1;
        return n == 1 ? label : $"{label}-{n}";
    }

    // ---- assembly ----------------------------------------------------------------------------------

    private List<Clause> Finish()
    {
        var firstText = _lines.First(l => l.Kind == LineKind.Text).Number;
        if (!_roots.Any(r => r.Style != NumberingStyle.None))
        {
            // Not subject to StrictNumbering: that option is about sequences that skip or repeat, and here there is none.
            _diagnostics.Add(new ReadDiagnostic(ReadProblem.NoNumbering, firstText, "no numbered clauses or headings were recognised; the whole text is one body clause"));
            var body = Node.Unnumbered(ClauseKind.Body, "body", _roots.Count > 0 ? _roots.Min(r => r.StartLine) : firstText);
            foreach (var root in _roots)
            {
                body.Paragraphs.AddRange(root.Paragraphs);
            }

            _roots.Clear();
            _roots.Add(body);
        }

        var clauses = _roots.Select(r => r.ToClause()).ToList();
        foreach (var clause in clauses)
        {
            clause.SetParent(null);
        }

        return clauses;
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private int Next(int i)
    {
        while (i < _lines.Length && _lines[i].Kind is LineKind.Blank or LineKind.Chrome)
        {
            i++;
        }

        return i;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>Estimates the width at which a typesetter wrapped lines: the 90th percentile of text line lengths.</summary>
    private static double WrapWidth(Line[] lines)
    {
        var histogram = new int[1001];
        var count = 0;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Text)
            {
                histogram[Math.Min(1000, TextCleaner.VisibleLength(line.Clean))]++;
                count++;
            }
        }

        var seen = 0;
        for (var length = 0; length < histogram.Length; length++)
        {
            seen += histogram[length];
            if (seen >= count * 0.9)
            {
                return length;
            }
        }

        return 1000;
    }

    private sealed record Line(int Number, string Raw, string Clean, LineKind Kind);

    private sealed class Paragraph
    {
        public Paragraph(Line line, string? text = null)
        {
            Text = new StringBuilder(text ?? line.Clean);
            StartLine = line.Number;
            EndLine = line.Number;
        }

        public StringBuilder Text { get; }

        public int StartLine { get; }

        public int EndLine { get; private set; }

        public bool Closed { get; set; }

        public bool FromMarker { get; init; }

        public bool KeepSpaces { get; init; }

        public void Append(Line line)
        {
            TextCleaner.AppendContinuation(Text, line.Clean);
            EndLine = line.Number;
            Closed = TextCleaner.EndsSentence(line.Clean);
        }

        public string Final() => KeepSpaces ? Text.ToString() : TextCleaner.RemoveCjkSpaces(Text.ToString());
    }

    private sealed class Node(ClauseKind kind, string label, NumberingStyle style, int? number, int startLine)
    {
        public ClauseKind Kind { get; set; } = kind;

        public string Label { get; } = label;

        public NumberingStyle Style { get; } = style;

        public int? Number { get; } = number;

        public int StartLine { get; } = startLine;

        public string? FixedHeading { get; init; }

        public int Level { get; init; }

        public string Prefix { get; init; } = string.Empty;

        public Shape Shape { get; init; }

        public List<Paragraph> Paragraphs { get; } = [];

        public List<Node> Children { get; } = [];

        public static Node Unnumbered(ClauseKind kind, string label, int line) => new(kind, label, NumberingStyle.None, null, line);

        public IEnumerable<Node> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

        public Clause ToClause()
        {
            var texts = Paragraphs.Select(p => p.Final()).Where(t => t.Length > 0).ToList();
            var heading = FixedHeading;
            if (heading is null && Style != NumberingStyle.None && Paragraphs.Count > 0 && Paragraphs[0].FromMarker && texts.Count > 0
                && (Children.Count > 0 || texts.Count > 1) && IsHeadingLike(texts[0])
                && !(Style == NumberingStyle.Article && Label.StartsWith('第') && TextCleaner.EndsSentence(texts[0])))
            {
                heading = texts[0].TrimEnd('。', '.');
                texts.RemoveAt(0);
            }

            var end = Paragraphs.Count > 0 ? Math.Max(StartLine, Paragraphs.Max(p => p.EndLine)) : StartLine;
            var clause = new Clause(Kind, Label, Style, Number, heading, string.Join('\n', texts), new SourceSpan(StartLine, end));
            clause.SetChildren(Children.Select(c => c.ToClause()).ToList());
            return clause;
        }
    }

}
