using System.Text.RegularExpressions;
using AgreementDiff.Analysis;
using AgreementDiff.Diff;
using AgreementDiff.Index;
using AgreementDiff.Reading;

namespace AgreementDiff.Alignment;

/// <summary>One comparison's working state: the two clause trees, the candidate index, the links found so far.</summary>
/// <remarks>
/// Level by level (sections, then items, then deeper), the index proposes candidates for each clause ("more like this"
/// over the whole clause), each candidate pair is scored on the level's distinctive terms, and pairs are accepted best
/// first, one to one, above the threshold. A clause left over that is mostly contained in a clause already matched is
/// joined to that match as a split or merge. Groups (containers of sections) are matched last, on their own text.
/// </remarks>
internal sealed class Aligner
{
    private const string LeftId = "left";
    private const string RightId = "right";

    /// <summary>How far apart two passage scores may lie and count as equal: a sum of the same weights in another order may differ in its last bits.</summary>
    private const double TieTolerance = 1e-9;

    /// <summary>How much a left-over clause's best candidate must outscore its next one to absorb it as a split or merge.</summary>
    private const double JoinMargin = 1.1;

    /// <summary>How much a left-over clause's best candidate must outscore its next one to be joined on half the threshold.</summary>
    private const double DominantMargin = 2;

    /// <summary>The share of a taken clause's distinctive vocabulary (by idf) its partners must leave out for a clause to join it on half the threshold.</summary>
    private const double HalfJoinRest = 1.0 / 3;

    /// <summary>The share of an item's distinctive vocabulary a section of running text must hold to count as the item's source.</summary>
    private const double LeafCoverage = 0.5;

    /// <summary>The most items of a matched section that are all candidates of each item of its counterpart; beyond it the index alone proposes.</summary>
    private const int MaxContextCandidates = 64;

    /// <summary>How close to the best in-context score a pair placed by order must come (it may not lose clearly on content).</summary>
    private const double OrderRivalRatio = 0.95;

    /// <summary>How much of the distance to 1 a pair gains when its parents are matched to each other.</summary>
    private const double ContextBonus = 0.15;

    /// <summary>How much of the distance to 1 two sections gain when one heading holds the other's distinctive terms.</summary>
    private const double HeadingWeight = 0.5;

    /// <summary>How alike two passages must be (after the context bonus) for their clauses to be linked by them, at the default threshold.</summary>
    private const double PassageThreshold = 0.52;

    /// <summary>The fewest distinctive terms (in at most half the level's clauses) a passage needs to count (shorter ones are formulas such as 加強兩地交流合作).</summary>
    private const int MinPassageTerms = 4;

    /// <summary>The fewest distinctive terms, not bridges, each of two passages needs to link an item to running text under another topic: a commitment, not a slogan (實現優勢互補, 一帶一路建設).</summary>
    private const int CrossTopicPassageTerms = 2 * MinPassageTerms;

    /// <summary>The share of a level's clauses a term must be found in to count as a common word when telling bridges (see <see cref="Substance"/>).</summary>
    private const double BridgeShare = 0.25;

    /// <summary>The fewest clauses of a level a character pair must be found in to count as a recurring word when telling straddles (see <see cref="Straddles"/>).</summary>
    private const int RecurringWord = 3;

    /// <summary>English function words (Lucene's list: a, of, the, will …), left out of the terms clauses are compared by.</summary>
    /// <remarks>Their weight never reaches zero (the, of are in most clauses, not all), and summed over a long English
    /// sentence it lets two clauses that share only grammar pass for a rewording. The diff and the index keep them.</remarks>
    private static readonly Lucene.Net.Analysis.Util.CharArraySet StopWords = Lucene.Net.Analysis.Core.StopAnalyzer.ENGLISH_STOP_WORDS_SET;

    /// <summary>A word that says a document was signed: 簽署, 簽訂 (either script), signed, signing.</summary>
    private static readonly Regex SigningWord = new(@"簽署|签署|簽訂|签订|\bsign(?:ed|ing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>An English comma that opens a second commitment of the same subject: ", and will train …", ", and shall …"; not a procedural tail in the passive (", and will be reviewed annually").</summary>
    private static readonly Regex SecondCommitment = new(@"\G\s+and\s+(?:will|shall)\s+(?!be\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private readonly ComparisonOptions _options;
    private readonly TextAnalysis _analysis;
    private readonly TextDiffer _differ;
    private readonly List<AlignmentNode>[] _nodes = [[], []];
    private readonly Dictionary<string, AlignmentNode>[] _byPath = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly Dictionary<string, string> _leftSurface = new(StringComparer.Ordinal);
    private readonly List<Link> _links = [];
    private readonly HashSet<AlignmentNode> _pinned = [];
    private readonly Dictionary<(Passage, TermWeights), int> _substance = [];
    private readonly HashSet<string> _scratch = new(StringComparer.Ordinal);

    public Aligner(ComparisonOptions options)
    {
        _options = options;
        _analysis = options.Analysis ?? TextAnalysis.Default;
        _differ = new TextDiffer(_analysis);
    }

    public AgreementComparison Run(Agreement left, Agreement right, Clause? leftScope, Clause? rightScope)
    {
        Build(0, leftScope is null ? left.Clauses : [leftScope]);
        Build(1, rightScope is null ? right.Clauses : [rightScope]);
        if (leftScope is not null && rightScope is not null)
        {
            Pin(_nodes[0][0], _nodes[1][0]);
        }

        foreach (var pin in _options.Pins)
        {
            Pin(Resolve(left, pin.Left, 0), Resolve(right, pin.Right, 1));
        }

        using (var index = new ClauseIndex(_analysis))
        {
            index.AddRange([(left, LeftId), (right, RightId)]);
            using var similar = index.OpenSimilarSession();
            var deepest = _nodes.SelectMany(n => n).Select(n => n.Level).DefaultIfEmpty(0).Max();
            for (var level = 1; level <= deepest; level++)
            {
                AlignLevel(level, similar);
            }
        }

        if (leftScope is null && rightScope is null)
        {
            LinkSigningReports([left, right]);
        }

        AlignGroups();
        return new ComparisonBuilder(this, left, right, leftScope, rightScope).Build();
    }

    internal IReadOnlyList<AlignmentNode> Nodes(int side) => _nodes[side];

    internal IReadOnlyList<Link> Links => _links;

    internal TextDiffer Differ => _differ;

    internal TextAnalysis Analysis => _analysis;

    internal double Threshold => _options.Threshold;

    private void Build(int side, IReadOnlyList<Clause> roots)
    {
        foreach (var root in roots)
        {
            Add(side, root, null);
        }

        foreach (var node in _nodes[side].AsEnumerable().Reverse())
        {
            node.Height = node.Children.Count == 0 ? 0 : node.Children.Max(c => c.Height) + 1;
        }

        foreach (var node in _nodes[side])
        {
            if (node.Height >= 2)
            {
                node.Role = ClauseRole.Group;
                node.Level = 0;
            }
            else if (node.Parent is null || node.Parent.Role == ClauseRole.Group)
            {
                node.Role = ClauseRole.Section;
                node.Level = 1;
            }
            else
            {
                node.Role = ClauseRole.Item;
                node.Level = node.Parent.Level + 1;
            }
        }

        foreach (var node in _nodes[side].AsEnumerable().Reverse())
        {
            node.Subtree = new Dictionary<string, int>(node.Own, StringComparer.Ordinal);
            foreach (var (term, count) in node.Children.SelectMany(c => c.Subtree))
            {
                node.Subtree[term] = node.Subtree.GetValueOrDefault(term) + count;
            }
        }
    }

    private void Add(int side, Clause clause, AlignmentNode? parent)
    {
        var node = new AlignmentNode(clause, side, _nodes[side].Count, parent);
        _nodes[side].Add(node);
        _byPath[side].TryAdd(clause.Path, node);
        parent?.Children.Add(node);
        var content = AlignmentNode.TextOf(clause);
        var passageEnd = -1;
        List<PassageToken> passage = [];
        foreach (var token in _analysis.Tokenize(content, forQuery: true))
        {
            if (StopWords.Contains(token.Term))
            {
                continue;
            }

            node.Own[token.Term] = node.Own.GetValueOrDefault(token.Term) + 1;
            if (side == 0 && token.EndOffset > token.StartOffset)
            {
                _leftSurface.TryAdd(token.Term, content[token.StartOffset..token.EndOffset]);
            }

            if (token.StartOffset > passageEnd)
            {
                AddPassage(node, passage);
                passage = [];
                passageEnd = PassageEnd(content, token.StartOffset);
            }

            passage.Add(new PassageToken(token.Term, token.StartOffset, token.EndOffset - token.StartOffset));
        }

        AddPassage(node, passage);

        node.Chunks = DiffChunks.Cut(content, _analysis);
        if (clause.Heading is { } heading)
        {
            foreach (var token in _analysis.Tokenize(heading, forQuery: true).Where(t => !StopWords.Contains(t.Term)))
            {
                node.HeadingTerms[token.Term] = node.HeadingTerms.GetValueOrDefault(token.Term) + 1;
            }
        }

        foreach (var child in clause.Children)
        {
            Add(side, child, node);
        }
    }

    private static void AddPassage(AlignmentNode node, List<PassageToken> passage)
    {
        var counts = new Dictionary<string, int>(passage.Count, StringComparer.Ordinal);
        foreach (var token in passage)
        {
            counts[token.Term] = counts.GetValueOrDefault(token.Term) + 1;
        }

        if (counts.Count >= MinPassageTerms)
        {
            node.Passages.Add(new Passage([.. passage], counts));
        }
    }

    /// <summary>How many distinctive terms (in at most half the level's clauses) the passage holds that are not bridges.</summary>
    /// <remarks>
    /// Chinese text is indexed by overlapping character pairs, so between two common words (廣東 | 企業) sits a pair that
    /// is no word at all (東企): rare, hence distinctive, yet it says nothing a reader would call a shared phrase. A pair
    /// whose neighbours on both sides are common (in a quarter of the level's clauses or more) is such a bridge; it still
    /// counts towards how alike two passages are, but not towards whether a passage says enough to link its clause. Without
    /// this a short phrase of common words (邀請廣東企業參與) would pass for a restated commitment. A straddle made weightless
    /// (see <see cref="Straddles"/>) is no common word: the word between two of them still counts.
    /// </remarks>
    private int Substance(Passage passage, TermWeights terms)
    {
        if (_substance.TryGetValue((passage, terms), out var cached))
        {
            return cached;
        }

        var common = terms.IdfAt(BridgeShare);
        Func<string, bool> isCommon = term => terms.IdfOf(term) is > 0 and var idf && idf <= common;
        var tokens = passage.Tokens;
        var substance = _scratch;
        substance.Clear();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!Between(tokens, i, isCommon) && terms.IsDistinctive(tokens[i].Term))
            {
                substance.Add(tokens[i].Term);
            }
        }

        _substance.Add((passage, terms), substance.Count);
        return substance.Count;
    }

    /// <summary>The character pairs of the level that straddle two words: each found in one clause only, and there only between two pairs found in <see cref="RecurringWord"/> clauses or more (強科 in 加強科技合作).</summary>
    /// <remarks>
    /// Found once, such a pair weighs most of all terms, yet it is no word and can never be shared: in a short phrase it
    /// outweighs the words around it, so a restated phrase (加強科技人才的合作交流 in 持續加強兩地科技人才交流合作) scores
    /// below the bar for the pairs its two wordings happen to be joined by. Weighing nothing, it neither helps nor hurts. A
    /// word of its own (會展 in 地會展合) sits between pairs that are themselves found once, and keeps its weight.
    /// </remarks>
    private static HashSet<string> Straddles(IEnumerable<AlignmentNode> units, TermWeights terms)
    {
        var straddles = new HashSet<string>(StringComparer.Ordinal);
        var elsewhere = new HashSet<string>(StringComparer.Ordinal);
        var (once, often) = (terms.IdfOfFrequency(1), terms.IdfOfFrequency(RecurringWord));
        Func<string, bool> recurring = term => terms.IdfOf(term) <= often;
        foreach (var tokens in units.SelectMany(u => u.SubtreePassages).Select(p => p.Tokens))
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                // Every term of the units is found in one of them at least, so weighing as much as one found once is being found once.
                if (terms.IdfOf(tokens[i].Term) >= once)
                {
                    (Between(tokens, i, recurring) ? straddles : elsewhere).Add(tokens[i].Term);
                }
            }
        }

        straddles.ExceptWith(elsewhere);
        return straddles;
    }

    /// <summary>Whether the token at <paramref name="i"/> is a character pair overlapping a pair on each side, both passing <paramref name="word"/>.</summary>
    private static bool Between(PassageToken[] tokens, int i, Func<string, bool> word) =>
        i > 0 && i + 1 < tokens.Length
        && tokens[i].Length == 2 && tokens[i - 1].Length == 2 && tokens[i + 1].Length == 2
        && tokens[i - 1].Start + 1 == tokens[i].Start && tokens[i].Start + 1 == tokens[i + 1].Start
        && word(tokens[i - 1].Term) && word(tokens[i + 1].Term);

    /// <summary>The offset of the mark that ends the passage holding <paramref name="from"/>: a sentence's end (。；！？, a line break, a full stop before a space) or a comma, unless the comma sits in Latin text (after an ASCII letter or digit and before an ASCII character: 1,000; Limited, and). The reader folds ， to ,.</summary>
    /// <remarks>Chinese writes one commitment per comma-separated phrase (支持港資企業落戶本省，定期開展招商引資活動); a renewal keeps a phrase and rewrites its sentence around it.</remarks>
    private static int PassageEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '。' or '；' or ';' or '！' or '？' or '!' or '?' or '\n' or '，':
                case ',' when i == 0 || i + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[i - 1]) || !char.IsAscii(text[i + 1]) || SecondCommitment.IsMatch(text, i + 1):
                case '.' when i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]):
                    return i;
            }
        }

        return text.Length;
    }

    private AlignmentNode Resolve(Agreement agreement, string address, int side)
    {
        var clause = agreement[address];
        return _byPath[side].TryGetValue(clause.Path, out var node) && ReferenceEquals(node.Clause, clause)
            ? node
            : throw new ArgumentException($"The pinned clause '{address}' ({clause.Path}) is outside the clauses being compared.", nameof(address));
    }

    private void Pin(AlignmentNode left, AlignmentNode right)
    {
        if (left.IsMatched || right.IsMatched)
        {
            throw new ArgumentException($"The pin {left.Clause.Path}={right.Clause.Path} shares a clause with an earlier pin; each clause can be pinned once.");
        }

        var terms = new TermWeights([left, right], n => n.Subtree);
        Accept(left, right, Score(left, right, terms) with { Basis = MatchBasis.Pinned });
        _pinned.Add(left);
        _pinned.Add(right);
    }

    private void AlignLevel(int level, ClauseIndex.SimilarSession index)
    {
        var units = _nodes.Select(side => side.Where(n => n.Level == level).ToList()).ToArray();

        var both = units[0].Concat(units[1]).ToList();
        var terms = new TermWeights(both, n => n.Subtree);

        // Phrases of items are weighed without straddles. Sections are not: a section of running text holds dozens of
        // phrases, and without the weight of its straddle a four-character formula (實現優勢互補) would pass for a phrase
        // restated in another topic.
        var phrases = level > 1 ? terms.Without(Straddles(both, terms)) : terms;
        var headings = new TermWeights(both.Where(n => n.HeadingTerms.Count > 0), n => n.HeadingTerms);
        var candidates = new SortedSet<(int Left, int Right)>();
        for (var side = 0; side < 2; side++)
        {
            foreach (var unit in units[1 - side].Count == 0 ? [] : units[side])
            {
                foreach (var other in Candidates(index, unit, 1 - side, level))
                {
                    candidates.Add(side == 0 ? (unit.Order, other.Order) : (other.Order, unit.Order));
                }
            }
        }

        // Identical clauses are always candidates, however short (the index may rank a short heading below its top hits).
        var identical = units[1].ToLookup(n => n.SubtreeKey, StringComparer.Ordinal);
        foreach (var group in units[0].GroupBy(n => n.SubtreeKey, StringComparer.Ordinal))
        {
            foreach (var (unit, same) in group.Zip(identical[group.Key]))
            {
                candidates.Add((unit.Order, same.Order));
            }
        }

        // Context: items of two matched sections are always candidates of each other.
        foreach (var unit in units[0])
        {
            var siblings = (unit.Parent?.Partners ?? []).SelectMany(p => p.Children).Where(c => c.Level == level).ToList();
            if (siblings.Count <= MaxContextCandidates)
            {
                siblings.ForEach(sibling => candidates.Add((unit.Order, sibling.Order)));
            }
        }

        var scored = candidates
            .Select(c => (Left: _nodes[0][c.Left], Right: _nodes[1][c.Right]))
            .Where(p => Comparable(p.Left, p.Right))
            .Select(p => (p.Left, p.Right, Score: Score(p.Left, p.Right, terms, headings)))
            .OrderByDescending(p => p.Score.Score)
            .ThenBy(p => p.Left.Order + p.Right.Order)
            .ThenBy(p => p.Left.Order)
            .ToList();
        foreach (var (left, right, score) in scored)
        {
            if (!left.IsMatched && !right.IsMatched && score.Score >= _options.Threshold)
            {
                Accept(left, right, score);
            }
        }

        // A clause whose own words (and heading) point to a taken counterpart joins it before a shared phrase, weaker
        // evidence, can send it elsewhere (Professional Services folded into Trade, Investment and Professional Services,
        // one of its items moved to Education and Talent).
        JoinLeftovers(scored);
        LinkSharedPassages(scored, phrases);

        LinkMutualBest(scored);
        FillByOrder(units, terms, headings);
        CoverFromRunningText(units, terms);
    }

    private IEnumerable<AlignmentNode> Candidates(ClauseIndex.SimilarSession index, AlignmentNode unit, int otherSide, int level)
    {
        var options = new SearchOptions { Agreements = [otherSide == 0 ? LeftId : RightId], Top = _options.Candidates * 4 };
        var found = new List<AlignmentNode>();
        foreach (var hit in index.Find(unit.Subtree, options))
        {
            if (!_byPath[otherSide].TryGetValue(hit.Path, out var node))
            {
                continue;
            }

            while (node.Level > level && node.Parent is not null)
            {
                node = node.Parent;
            }

            if (node.Level == level && !found.Contains(node))
            {
                found.Add(node);
                if (found.Count == _options.Candidates)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Links candidate clauses that share a passage: a phrase of one restated in the other, however different the rest.</summary>
    /// <remarks>
    /// A renewal often joins phrases of two old clauses into one, or spreads one over two; one agreement folds a
    /// topic that another agreement gave a section of its own into a wider section. Over whole clauses the shared phrase is
    /// diluted below the threshold; phrase against phrase it stands out. The link is a split or merge beside
    /// the clauses' one-to-one matches (or their match when they have none).
    /// </remarks>
    private void LinkSharedPassages(List<(AlignmentNode Left, AlignmentNode Right, PairScore Score)> scored, TermWeights terms)
    {
        var leftovers = scored.SelectMany(p => new[] { p.Left, p.Right }).Where(n => !n.IsMatched).ToHashSet();
        var sections = new List<(AlignmentNode Left, AlignmentNode Right, PairScore Score, double Passage)>();
        foreach (var (left, right, score) in scored)
        {
            if (left.Partners.Contains(right) || IsPinned(left) || IsPinned(right))
            {
                continue;
            }

            // Sections share formulas (the parties' names in a preamble, a closing and a signature block): a section is
            // linked by a passage only when it found no counterpart otherwise, never to a formula by a formula, and never
            // by a list of names (a parties or signature block).
            var section = left.Role == ClauseRole.Section;
            if (section && (!(leftovers.Contains(left) || leftovers.Contains(right)) || (IsFormula(left) && IsFormula(right)) || IsNameList(left) || IsNameList(right)))
            {
                continue;
            }

            var passage = BestPassages(left, right, terms).Score;
            if (passage > 0 && WithContext(passage, score.SameContext) >= PassageBar && HasUnexplainedPassages(left, right, passage, terms))
            {
                if (section)
                {
                    sections.Add((left, right, score, passage));
                }
                else
                {
                    Accept(left, right, score with { Score = Math.Max(score.Score, passage), Basis = MatchBasis.Passage });
                }
            }
        }

        // A section left over joins the one section that restates it best: a topic folded into another goes to one place,
        // and a phrase it shares with a third section (a moved item, a common formula) does not make it a split.
        var ranked = sections.OrderByDescending(l => l.Passage).ThenByDescending(l => l.Score.Score).ThenBy(l => l.Left.Order + l.Right.Order).ThenBy(l => l.Left.Order).ToList();
        var best = new Dictionary<AlignmentNode, (AlignmentNode Left, AlignmentNode Right)>();
        foreach (var link in ranked)
        {
            foreach (var end in new[] { link.Left, link.Right }.Where(leftovers.Contains))
            {
                best.TryAdd(end, (link.Left, link.Right));
            }
        }

        foreach (var (left, right, score, passage) in ranked)
        {
            if (new[] { left, right }.Any(end => best.TryGetValue(end, out var chosen) && chosen == (left, right)))
            {
                Accept(left, right, score with { Score = Math.Max(score.Score, passage), Basis = MatchBasis.Passage });
            }
        }
    }

    /// <summary>Whether a passage of one clause is restated in the other: their most alike passages pass the passage threshold.</summary>
    private bool SharesPassage(AlignmentNode left, AlignmentNode right, TermWeights terms, bool sameContext) =>
        BestPassages(left, right, terms).Score is > 0 and var score && WithContext(score, sameContext) >= PassageBar;

    /// <summary>Gets how alike two passages must be: <see cref="PassageThreshold"/> at the default threshold, in proportion to the threshold chosen.</summary>
    private double PassageBar => PassageThreshold * _options.Threshold / ComparisonOptions.DefaultThreshold;

    private static double WithContext(double score, bool sameContext) => sameContext ? score + ((1 - score) * ContextBonus) : score;

    /// <summary>The pair's score before the bonus for matched parents: what its own words (and headings) say.</summary>
    private static double WithoutContext(PairScore score) => score.SameContext ? Math.Max(0, (score.Score - ContextBonus) / (1 - ContextBonus)) : score.Score;

    /// <summary>Whether a clause's partners already hold its passage at least as closely: then a new link for it would repeat them.</summary>
    /// <remarks>Without this, an agreement compared with itself would link two items that happen to share a phrase.</remarks>
    private static bool Explained(AlignmentNode node, Dictionary<string, int> passage, double score, TermWeights terms) =>
        node.Partners.SelectMany(p => p.SubtreePassages).Select(p => p.Counts).Any(other => PassageSimilarity(passage, other, terms) >= score - TieTolerance);

    /// <summary>Whether some pair of the clauses' passages as alike as <paramref name="score"/> (their best) is held by neither clause's partners at least as closely (see <see cref="Explained"/>).</summary>
    /// <remarks>Every tied pair is tried, not the one <see cref="BestPassages"/> names: which of two equally alike pairs
    /// it finds first depends on which clause is the left one, and the answer may not depend on the direction.</remarks>
    private bool HasUnexplainedPassages(AlignmentNode left, AlignmentNode right, double score, TermWeights terms)
    {
        var (lefts, rights) = (left.SubtreePassages, right.SubtreePassages);
        for (var i = 0; i < lefts.Count; i++)
        {
            if (Substance(lefts[i], terms) < MinPassageTerms)
            {
                continue;
            }

            for (var j = 0; j < rights.Count; j++)
            {
                if (Substance(rights[j], terms) >= MinPassageTerms && Math.Abs(PassageSimilarity(lefts[i].Counts, rights[j].Counts, terms) - score) <= TieTolerance
                    && !Explained(left, lefts[i].Counts, score, terms) && !Explained(right, rights[j].Counts, score, terms))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How alike the two clauses' most alike passages are (the mean of cosine and containment), and which they are (−1 when no pair of passages shares a term).</summary>
    private (double Score, int Left, int Right) BestPassages(AlignmentNode left, AlignmentNode right, TermWeights terms, int minimum = MinPassageTerms)
    {
        var best = (Score: 0.0, Left: -1, Right: -1);
        var (lefts, rights) = (left.SubtreePassages, right.SubtreePassages);
        for (var i = 0; i < lefts.Count; i++)
        {
            if (Substance(lefts[i], terms) < minimum)
            {
                continue;
            }

            for (var j = 0; j < rights.Count; j++)
            {
                if (Substance(rights[j], terms) < minimum)
                {
                    continue;
                }

                var score = PassageSimilarity(lefts[i].Counts, rights[j].Counts, terms);
                if (score > best.Score)
                {
                    best = (score, i, j);
                }
            }
        }

        return best;
    }

    private static double PassageSimilarity(Dictionary<string, int> a, Dictionary<string, int> b, TermWeights terms)
    {
        var (cosine, containment) = terms.Compare(a, b);
        return (cosine + containment) / 2;
    }

    /// <summary>Joins a clause left over after one-to-one matching to its best candidate, when that one is taken, as a split or merge.</summary>
    /// <remarks>
    /// The pair must pass the threshold on its own words (without the bonus for matched parents, which helps choose a
    /// counterpart but does not make a second one), and on what the candidate says beyond its partners (see
    /// <see cref="Unshared"/>), and beat the clause's next candidate clearly, so a clause is not split on a tie; or,
    /// when the candidate dominates all others (twice the next score), pass half the threshold (on what the candidate says
    /// beyond its partners too, which must be a third of it at least): a clause whose words point to one counterpart only
    /// (a statement of aims folded into a preamble) belongs with it. That second way is for a
    /// section only with a formula on either side, and for an item only inside matched parents (see <see cref="MayJoinOnHalf"/>).
    /// </remarks>
    private void JoinLeftovers(List<(AlignmentNode Left, AlignmentNode Right, PairScore Score)> scored)
    {
        var joins = new List<(AlignmentNode Left, AlignmentNode Right, PairScore Score)>();
        var bySide = new[] { scored.ToLookup(p => p.Left), scored.ToLookup(p => p.Right) };
        for (var side = 0; side < 2; side++)
        {
            foreach (var node in _nodes[side].Where(n => !n.IsMatched))
            {
                var ranked = bySide[side][node].Take(2).ToList();
                if (ranked.Count == 0)
                {
                    continue;
                }

                var best = ranked[0];
                var other = side == 0 ? best.Right : best.Left;
                if (!other.IsMatched || IsPinned(other))
                {
                    continue;
                }

                var margin = ranked.Count == 1 ? double.PositiveInfinity : best.Score.Score / ranked[1].Score.Score;
                var onThreshold = WithoutContext(best.Score) >= _options.Threshold && margin >= JoinMargin;
                var onHalf = MayJoinOnHalf(node, best.Left, best.Right, best.Score) && best.Score.Score >= _options.Threshold / 2 && margin >= DominantMargin && (best.Score.Cosine + best.Score.Containment) / 2 >= _options.Threshold / 2;
                if (!onThreshold && !onHalf)
                {
                    continue;
                }

                var (unshared, share) = IsFormula(node) || IsFormula(other) ? (1, 1) : Unshared(node, other, best.Score.Terms);
                if ((onThreshold && unshared >= _options.Threshold) || (onHalf && unshared >= _options.Threshold / 2 && share >= HalfJoinRest))
                {
                    joins.Add((best.Left, best.Right, best.Score));
                }
            }
        }

        joins.ForEach(join => Accept(join.Left, join.Right, join.Score));
    }

    /// <summary>How alike a left-over clause is to what a taken clause says beyond its partners (its terms that none of them holds), and that part's share of the taken clause's distinctive vocabulary (by idf, see <see cref="TermWeights.Containment"/>).</summary>
    /// <remarks>A second counterpart must take up a part of the clause the first leaves out (the second sentence of an item
    /// divided in two). A new clause that shares with a taken one only what its partner shares too (the names of the same
    /// two bodies, for another action) is a new clause, however long those names. On half the threshold the part left out
    /// must also be a real share of the clause: a clause its partner restates nearly whole has no second half to give, and
    /// a new clause beside that partner that names the same bodies and one word of the rest (explore, between) is new.
    /// Formulas are exempt: a preamble restates the statement of aims that the other agreement's preamble restates too,
    /// and a signature block names the parties.</remarks>
    private static (double Similarity, double Share) Unshared(AlignmentNode node, AlignmentNode taken, TermWeights terms)
    {
        var rest = new Dictionary<string, int>(taken.Subtree, StringComparer.Ordinal);
        foreach (var term in taken.Partners.SelectMany(p => p.Subtree.Keys))
        {
            rest.Remove(term);
        }

        var (cosine, containment) = terms.Compare(node.Subtree, rest, transient: true);
        return ((cosine + containment) / 2, terms.Containment(taken.Subtree, rest));
    }

    /// <summary>Matches two left-over clauses of matched parents that are each other's best candidate, on half the threshold.</summary>
    /// <remarks>
    /// Inside two sections already known to correspond, a clause whose best counterpart, of all candidates, is a clause that
    /// also ranks it first is that clause's rewording, even when a rewrite left them few words in common.
    /// </remarks>
    private void LinkMutualBest(List<(AlignmentNode Left, AlignmentNode Right, PairScore Score)> scored)
    {
        var bestOf = new Dictionary<AlignmentNode, (AlignmentNode Left, AlignmentNode Right, PairScore Score)>();
        foreach (var pair in scored)
        {
            bestOf.TryAdd(pair.Left, pair);
            bestOf.TryAdd(pair.Right, pair);
        }

        foreach (var pair in bestOf.Where(e => e.Key.Side == 0).Select(e => e.Value))
        {
            var (left, right, score) = pair;
            if (!left.IsMatched && !right.IsMatched && score.SameContext && score.Terms.SharesDistinctive(left.Subtree, right.Subtree) && score.Score >= _options.Threshold / 2 && bestOf[right].Left == left)
            {
                Accept(left, right, score);
            }
        }
    }

    /// <summary>Matches a left-over clause to the one clause its matched neighbours leave room for.</summary>
    /// <remarks>
    /// Renewed agreements keep their order inside a topic. A clause between two matched siblings can only correspond to
    /// what lies between their counterparts; when that is exactly one clause of the matched context, and the pair passes
    /// half the threshold, they are matched (or joined as a split or merge when that clause is taken). Past the last matched
    /// sibling (or before the first) only a clause with no other left-over beside it there is placed. Past the last, it must
    /// also take up some of what the last counterpart's partners leave out (see <see cref="Unshared"/>, on half the
    /// threshold): a renewal appends its new commitments at the end of a topic, so a clause trailing the last match is new
    /// unless it shares what that match left over (an old last item condensed into the new last one).
    /// </remarks>
    private void FillByOrder(List<AlignmentNode>[] units, TermWeights terms, TermWeights headings)
    {
        for (var side = 0; side < 2; side++)
        {
            foreach (var node in units[side].Where(n => !n.IsMatched).ToList())
            {
                var siblings = node.Parent?.Children ?? units[side].Where(n => n.Parent is null).ToList();
                var context = (node.Parent is null
                    ? units[1 - side].Where(n => n.Parent is null)
                    : node.Parent.Partners.SelectMany(p => p.Children).Where(c => c.Level == node.Level)).Where(c => Comparable(node, c)).ToList();
                if (context.Count == 0)
                {
                    continue;
                }

                var index = siblings.IndexOf(node);
                var before = siblings.Take(index).LastOrDefault(s => s.Partners.Any(context.Contains));
                var after = siblings.Skip(index + 1).FirstOrDefault(s => s.Partners.Any(context.Contains));
                var from = before is null ? int.MinValue : before.Partners.Where(context.Contains).Max(p => p.Order);
                var to = after is null ? int.MaxValue : after.Partners.Where(context.Contains).Min(p => p.Order);
                var room = context.Where(c => c.Order >= from && c.Order <= to).ToList();

                // Past the last matched sibling (or before the first) the gap is open: only a lone left-over there is placed,
                // or every trailing clause would pile onto the context's last one.
                var gap = siblings.Skip(before is null ? 0 : siblings.IndexOf(before) + 1).Take((after is null ? siblings.Count : siblings.IndexOf(after)) - (before is null ? 0 : siblings.IndexOf(before) + 1));
                var openGap = before is null || after is null ? gap.Where(s => s != node) : [];
                if (room.Count != 1 || !room[0].IsMatched || IsPinned(room[0]) || (before is null && after is null) || openGap.Any(s => !s.IsMatched))
                {
                    continue;
                }

                var other = room[0];
                var (left, right) = side == 0 ? (node, other) : (other, node);
                var score = Score(left, right, terms, headings);
                var rival = context.Max(c => side == 0 ? Score(node, c, terms, headings).Score : Score(c, node, terms, headings).Score);
                var trailing = after is null;
                if (score.Containment > 0 && score.Score >= _options.Threshold / 2 && score.Score >= OrderRivalRatio * rival
                    && (!trailing || Unshared(node, other, terms).Similarity >= _options.Threshold / 2))
                {
                    Accept(left, right, score with { Basis = MatchBasis.Order });
                }
            }
        }
    }

    /// <summary>Items under a section matched to a section of running text (no items) are matched to that text when it holds them.</summary>
    /// <remarks>
    /// It holds an item when it holds most of the item's distinctive vocabulary, or restates one of its phrases (a
    /// summary reports some of an item's commitments and leaves out the rest). An item may also be restated under another
    /// topic of running text (moved, or half of it merged there): it is linked to the one other section of running text
    /// whose phrase restates one of its own most closely, when that passes the passage bar without the context bonus and
    /// both phrases hold twice the usual distinctive terms.
    /// </remarks>
    private void CoverFromRunningText(List<AlignmentNode>[] units, TermWeights terms)
    {
        for (var side = 0; side < 2; side++)
        {
            var restated = new RestatedPassages(this, terms, _nodes[1 - side].Where(n => n.Role == ClauseRole.Section && n.Children.Count == 0 && !IsFormula(n) && n.Clause.Kind != ClauseKind.Annex));
            foreach (var unit in units[side])
            {
                var sources = unit.Parent?.Partners.Where(p => p.Children.Count == 0).ToList() ?? [];
                if (sources.Count == 0 || IsPinned(unit))
                {
                    continue;
                }

                if (!unit.IsMatched && sources.FirstOrDefault(source => terms.Containment(unit.Subtree, source.Subtree) >= LeafCoverage || SharesPassage(unit, source, terms, sameContext: true)) is { } holder)
                {
                    Link(unit, holder, 0);
                }

                var (text, own, passage) = restated.Best(unit, t => !unit.Partners.Contains(t) && !sources.Contains(t));
                if (text is not null && passage >= PassageBar && !Explained(unit, own!.Counts, passage, terms))
                {
                    Link(unit, text, passage);
                }
            }
        }

        void Link(AlignmentNode unit, AlignmentNode text, double passage)
        {
            var (left, right) = unit.Side == 0 ? (unit, text) : (text, unit);
            var score = Score(left, right, terms);
            Accept(left, right, score with { Score = Math.Max(score.Score, passage), Basis = MatchBasis.RunningText });
        }
    }

    /// <summary>The long passages of sections of running text, indexed by their distinctive terms, so an item's passages are scored only against those sharing one.</summary>
    /// <remarks>Scoring every item against every section passage by passage grows as items × sections × passages²; a
    /// posting list keeps it to the passages that could be alike.</remarks>
    private sealed class RestatedPassages
    {
        private readonly Aligner _aligner;
        private readonly TermWeights _terms;
        private readonly List<(AlignmentNode Text, Passage Passage)> _pool = [];
        private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

        public RestatedPassages(Aligner aligner, TermWeights terms, IEnumerable<AlignmentNode> texts)
        {
            (_aligner, _terms) = (aligner, terms);
            foreach (var text in texts)
            {
                foreach (var passage in text.SubtreePassages.Where(p => aligner.Substance(p, terms) >= CrossTopicPassageTerms))
                {
                    foreach (var term in passage.Counts.Keys.Where(terms.IsDistinctive))
                    {
                        if (!_postings.TryGetValue(term, out var list))
                        {
                            _postings[term] = list = [];
                        }

                        list.Add(_pool.Count);
                    }

                    _pool.Add((text, passage));
                }
            }
        }

        /// <summary>The text (among those <paramref name="allowed"/>) whose passage restates one of the unit's long passages most closely, that passage of the unit, and how closely.</summary>
        public (AlignmentNode? Text, Passage? Own, double Score) Best(AlignmentNode unit, Func<AlignmentNode, bool> allowed)
        {
            (AlignmentNode? Text, Passage? Own, double Score) best = (null, null, 0);
            foreach (var own in unit.SubtreePassages.Where(p => _aligner.Substance(p, _terms) >= CrossTopicPassageTerms))
            {
                var seen = new SortedSet<int>();
                foreach (var term in own.Counts.Keys.Where(_terms.IsDistinctive))
                {
                    seen.UnionWith(_postings.GetValueOrDefault(term) ?? []);
                }

                foreach (var index in seen)
                {
                    var (text, passage) = _pool[index];
                    if (!allowed(text))
                    {
                        continue;
                    }

                    var score = PassageSimilarity(own.Counts, passage.Counts, _terms);
                    if (score > best.Score || (score == best.Score && best.Text is not null && text.Order < best.Text.Order))
                    {
                        best = (text, own, score);
                    }
                }
            }

            return best;
        }
    }

    private void AlignGroups()
    {
        var groups = _nodes.Select(side => side.Where(n => n.Role == ClauseRole.Group && !n.IsMatched).ToList()).ToArray();
        if (groups[0].Count == 0 || groups[1].Count == 0)
        {
            return;
        }

        var terms = new TermWeights(_nodes[0].Concat(_nodes[1]), n => n.Own);
        var scored = groups[0]
            .SelectMany(l => groups[1].Select(r => (Left: l, Right: r, Score: Score(l, r, terms, own: true))))
            .OrderByDescending(p => p.Score.Score).ThenBy(p => p.Left.Order + p.Right.Order).ThenBy(p => p.Left.Order);
        foreach (var (left, right, score) in scored)
        {
            if (!left.IsMatched && !right.IsMatched && score.Score >= _options.Threshold)
            {
                Accept(left, right, score);
            }
        }
    }

    /// <summary>A signature block's counterpart in a report of the signing (a press release) is the section that says the agreement was signed, citing it by title.</summary>
    /// <remarks>
    /// A report names no parties and signs off with a bare date line, which meets a signature block only by place. When
    /// such a report has a section nothing else claimed (nor any of its items) that cites the agreement's whole title,
    /// naming a party, with a word of signing (政務司司長與…副省長簽署《香港特別行政區政府、…合作協議》), that section
    /// records what the signature block records, who signed it, and it takes the date line's place on half the
    /// threshold. A signing section that also restates the final provisions stays theirs. A document whose parties the
    /// reader missed but which signs off with names, offices or seals (a renewal signed by 行政長官 and 省長) is no
    /// report, so its new section recalling the agreement it renews (2025年簽署的《…》以來) is not taken for a signature block.
    /// </remarks>
    private void LinkSigningReports(Agreement[] agreements)
    {
        for (var side = 0; side < 2; side++)
        {
            var other = 1 - side;
            var signatures = SignOff(side);
            var signOff = SignOff(other);
            var parties = agreements[side].Metadata.Parties.Select(Letters).Where(p => p.Length > 0).ToList();
            var title = Letters(agreements[side].Metadata.Title);
            if (signatures is null || signOff is null || IsPinned(signatures) || agreements[other].Metadata.Parties.Count > 0
                || !DocumentPatterns.IsBareSignOff(signOff.Clause.Text) || !parties.Any(title.Contains))
            {
                continue;
            }

            var report = _nodes[other].FirstOrDefault(n =>
                n.Role == ClauseRole.Section && !IsFormula(n) && n.Clause.Kind != ClauseKind.Annex && n.SelfAndDescendants().All(d => d.Partners.All(p => p == signatures))
                && SigningWord.IsMatch(n.SubtreeText()) && Letters(n.SubtreeText()).Contains(title, StringComparison.Ordinal));
            if (report is null)
            {
                continue;
            }

            var (left, right) = side == 0 ? (signatures, report) : (report, signatures);
            var terms = new TermWeights(_nodes[0].Concat(_nodes[1]).Where(n => n.Level == 1), n => n.Subtree);
            var score = Score(left, right, terms);
            if (!report.IsMatched && score.Score < _options.Threshold / 2)
            {
                continue;
            }

            if (signatures.Partners.Remove(signOff))
            {
                signOff.Partners.Remove(signatures);
                _links.RemoveAll(l => (l.Left, l.Right) == (signatures, signOff) || (l.Left, l.Right) == (signOff, signatures));
            }

            if (!report.IsMatched)
            {
                Accept(left, right, score with { Basis = MatchBasis.SigningReport });
            }
        }
    }

    /// <summary>The side's signature block (or sign-off), when it is a section.</summary>
    private AlignmentNode? SignOff(int side) => _nodes[side].FirstOrDefault(n => n.Level == 1 && n.Clause.Kind == ClauseKind.Signatures);

    /// <summary>The letters and digits of a text, folded and in lower case: a title is found in a citation whatever its quotes (《…》), line breaks and spaces.</summary>
    private string Letters(string text) =>
        string.Concat(_analysis.Fold(text).Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private PairScore Score(AlignmentNode left, AlignmentNode right, TermWeights terms, TermWeights? headings = null, bool own = false)
    {
        var (a, b) = own ? (left.Own, right.Own) : (left.Subtree, right.Subtree);
        var (cosine, containment) = terms.Compare(a, b);
        var sameContext = left.Parent is not null && right.Parent is not null && left.Parent.Partners.Contains(right.Parent);
        var score = (cosine + containment) / 2;
        if (headings is not null && left.Clause.Kind == right.Clause.Kind && left.Clause.Kind is ClauseKind.Preamble or ClauseKind.Parties or ClauseKind.Closing or ClauseKind.Signatures)
        {
            // Two preambles (or two signature blocks) are each other's counterparts by their place, as two equal headings would say.
            score = 1 - ((1 - score) * (1 - HeadingWeight));
        }
        else if (headings is not null && left.HeadingTerms.Count > 0 && right.HeadingTerms.Count > 0)
        {
            // Two headings naming the same topic (加強金融合作, 金融) say much about sections whose bodies were rewritten.
            var heading = Math.Max(headings.Containment(left.HeadingTerms, right.HeadingTerms), headings.Containment(right.HeadingTerms, left.HeadingTerms));
            score = 1 - ((1 - score) * (1 - (HeadingWeight * heading)));
        }

        if (sameContext)
        {
            score += (1 - score) * ContextBonus;
        }

        return new PairScore(Math.Clamp(score, 0, 1), cosine, containment, sameContext, MatchBasis.Content, terms, own);
    }

    private bool IsPinned(AlignmentNode node) => _pinned.Contains(node);

    /// <summary>Whether a left-over clause may join its dominant candidate on half the threshold: a section only with a formula on either side (a statement of aims folded into a preamble), an item only inside matched sections.</summary>
    /// <remarks>A topic that was dropped or is new, whose few words happen to point one way (Sports and a forum co-organised
    /// with Shanghai; a place name; 推動兩地在…領域), is dropped or new, not half of a topic elsewhere.</remarks>
    private static bool MayJoinOnHalf(AlignmentNode node, AlignmentNode left, AlignmentNode right, PairScore score) =>
        (node.Level == 1 && (IsFormula(left) || IsFormula(right))) || score.SameContext;

    /// <summary>Whether the two may be matched: an annex heading is a title over the annex's sections, not a commitment, and matches only another annex heading; a parties block matches only another formula.</summary>
    /// <remarks>An annex heading's words are the annex's own (具體合作措施與任務), so on content alone it would join whatever
    /// section restates them. A parties block is the parties' names and addresses, which a press release's signing section
    /// or any topic naming the two governments repeats: it says what the other agreement's parties block, preamble or
    /// signature block says, and no commitment.</remarks>
    private static bool Comparable(AlignmentNode left, AlignmentNode right) =>
        (left.Clause.Kind == ClauseKind.Annex) == (right.Clause.Kind == ClauseKind.Annex)
        && (left.Clause.Kind != ClauseKind.Parties || IsFormula(right)) && (right.Clause.Kind != ClauseKind.Parties || IsFormula(left));

    private static bool IsNameList(AlignmentNode node) => node.Clause.Kind is ClauseKind.Parties or ClauseKind.Signatures;

    /// <summary>Whether the clause is one of an agreement's formulas (preamble, parties, closing, signatures) rather than a topic.</summary>
    private static bool IsFormula(AlignmentNode node) => node.Clause.Kind is ClauseKind.Preamble or ClauseKind.Parties or ClauseKind.Closing or ClauseKind.Signatures;

    private void Accept(AlignmentNode left, AlignmentNode right, PairScore score)
    {
        left.Partners.Add(right);
        right.Partners.Add(left);
        _links.Add(new Link(left, right, score));
    }

    /// <summary>An accepted match; its change kind is worked out at the end, from the partners both clauses then have.</summary>
    internal sealed record Link(AlignmentNode Left, AlignmentNode Right, PairScore Score);

    /// <summary>The most distinctive terms a link's clauses share, as written in the left clause (worked out only for accepted links).</summary>
    internal IReadOnlyList<string> SharedTerms(Link link)
    {
        var (a, b) = link.Score.Own ? (link.Left.Own, link.Right.Own) : (link.Left.Subtree, link.Right.Subtree);
        return [.. link.Score.Terms.Shared(a, b, 8).Select(t => _leftSurface.GetValueOrDefault(t, t))];
    }

    /// <summary>A pair's score and its parts; <see cref="Terms"/> and <see cref="Own"/> say how it was weighed, for the explanation.</summary>
    internal sealed record PairScore(double Score, double Cosine, double Containment, bool SameContext, MatchBasis Basis, TermWeights Terms, bool Own);
}
