using AgreementDiff.Diff;

namespace AgreementDiff.Tests.Diff;

public sealed class TextDifferTests
{
    private static string Left(TextDiff diff) => string.Concat(diff.Edits.Where(e => e.Kind != EditKind.Insert).Select(e => e.LeftText));

    private static string Right(TextDiff diff) => string.Concat(diff.Edits.Where(e => e.Kind != EditKind.Delete).Select(e => e.RightText));

    [Fact]
    public void Variant_spellings_are_equal_but_flagged_as_a_script_difference()
    {
        var diff = TextDiffer.Default.Diff("加強公共衞生合作", "加強公共衛生合作");

        diff.IsEqual.Should().BeTrue();
        diff.ScriptDiffers.Should().BeTrue();
        diff.Edits.Should().ContainSingle().Which.Should().Match<TextEdit>(e => e.LeftText == "加強公共衞生合作" && e.RightText == "加強公共衛生合作");
    }

    [Fact]
    public void Simplified_against_traditional_and_width_differences_are_not_changes()
    {
        var diff = TextDiffer.Default.Diff("共建“一帶一路”，（一）", "共建\"一带一路\",(一)");

        diff.IsEqual.Should().BeTrue();
        diff.ScriptDiffers.Should().BeTrue();
    }

    [Fact]
    public void White_space_alone_is_no_difference_and_no_script_difference()
    {
        var diff = TextDiffer.Default.Diff("交流合 作取得實效", "交流合作取得實效");

        diff.IsEqual.Should().BeTrue();
        diff.ScriptDiffers.Should().BeFalse();
    }

    [Fact]
    public void An_inserted_phrase_is_one_insertion_with_offsets_into_both_texts()
    {
        const string left = "適時加密機場的香港航線。";
        const string right = "適時加密杭寧溫三大機場的香港航線。";

        var diff = TextDiffer.Default.Diff(left, right);

        var insertion = diff.Insertions.Should().ContainSingle().Subject;
        insertion.RightText.Should().Be("杭寧溫三大");
        insertion.RightOffset.Should().Be(right.IndexOf("杭寧溫", StringComparison.Ordinal));
        insertion.LeftOffset.Should().Be(left.IndexOf("機場", StringComparison.Ordinal));
        diff.Deletions.Should().BeEmpty();
    }

    [Fact]
    public void English_is_cut_into_words_and_punctuation_stands_alone()
    {
        var diff = TextDiffer.Default.Diff("Support legal services, and mediation.", "Support legal and arbitration services, and mediation.");

        diff.Insertions.Select(e => e.RightText.Trim()).Should().Equal("and arbitration");
        diff.Deletions.Should().BeEmpty();
    }

    [Fact]
    public void A_reworded_clause_reads_as_whole_replacements_not_confetti()
    {
        var diff = TextDiffer.Default.Diff("增加來往兩地的航班及中轉聯運航班", "推動義烏機場恢復香港航線");

        diff.Edits.Count(e => e.Kind == EditKind.Equal).Should().BeLessThanOrEqualTo(1, "stranded single characters are folded into the change");
    }

    [Fact]
    public void With_words_a_changed_word_is_replaced_whole_where_characters_change_one_character()
    {
        const string left = "增加往返兩地的航班。";
        const string right = "增加往返兩地的航線。";

        var byCharacter = TextDiffer.Default.Diff(left, right);
        var byWord = new TextDiffer(words: true).Diff(left, right);

        byCharacter.Deletions.Select(e => e.LeftText).Should().Equal("班");
        byCharacter.Insertions.Select(e => e.RightText).Should().Equal("線");
        byWord.Deletions.Select(e => e.LeftText).Should().Equal("航班");
        byWord.Insertions.Select(e => e.RightText).Should().Equal("航線");
    }

    [Fact]
    public void With_words_Simplified_against_Traditional_is_still_no_change()
    {
        var diff = new TextDiffer(words: true).Diff("加強國際機場新航線建設", "加强国际机场新航线建设");

        diff.IsEqual.Should().BeTrue();
        diff.ScriptDiffers.Should().BeTrue();
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", "新增條款")]
    [InlineData("刪除條款", "")]
    [InlineData("   ", "\n")]
    [InlineData("𠀀𠀁字 and 𪚥", "𠀀字 or 𪚥𪚥")]
    [InlineData("a\r\nb\tc", "a\nb  c d")]
    [InlineData("（十二）推進法律和爭議解決", "五、法律和爭議解決")]
    [InlineData("lone \ud800 surrogate", "lone \udc00 surrogate\ud83d")]
    public void Edits_rebuild_both_texts_exactly_and_never_split_a_surrogate_pair(string left, string right)
    {
        foreach (var differ in new[] { TextDiffer.Default, new TextDiffer(words: true) })
        {
            Rebuilds(differ.Diff(left, right), left, right);
        }
    }

    private static void Rebuilds(TextDiff diff, string left, string right)
    {
        Left(diff).Should().Be(left);
        Right(diff).Should().Be(right);
        foreach (var edit in diff.Edits)
        {
            edit.LeftText.Should().Be(left.Substring(Math.Min(edit.LeftOffset, left.Length), edit.LeftText.Length));
            edit.RightText.Should().Be(right.Substring(Math.Min(edit.RightOffset, right.Length), edit.RightText.Length));
            foreach (var text in new[] { edit.LeftText, edit.RightText })
            {
                if (text.Length > 0)
                {
                    char.IsLowSurrogate(text[0]).Should().BeFalse();
                    char.IsHighSurrogate(text[^1]).Should().BeFalse();
                }
            }
        }
    }
}
