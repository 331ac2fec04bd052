using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reading;

/// <summary>Inputs the SharpFuzz run of the reader found (fuzz/README.md), kept as regression tests.</summary>
public sealed class FuzzFindingsTests
{
    public static TheoryData<string, string> Findings => new()
    {
        {
            "text after a signature block went into the preamble before it",
            "\n"
            + "附件一 \n"
            + "\n"
            + "香港特別行政區政府、浙江省人民政府 \n"
            + "\n"
            + "共同推進高質量發展合作協議 \n"
            + " \n"
            + "\n"
            + "香港特別行政印址：香港添馬添美道 2號 \n"
            + "\n"
            + "法定代表人（或授權代表）： \n"
            + "\n"
            + " \n"
            + "\n"
            + "浙江省人民政府 \n"
            + "\n"
            + "地址：杭州市省府路 8號 \n"
            + "\n"
            + "法定代表人（或授權代表）： \n"
            + "\n"
            + " \n"
            + "\n"
            + "為進一步加強新形勢下香港特別行政區與浙江省全流合作，根據《外商投資准入特別管理措施 (負面清\n"
            + "\n"
            + "單)(2020 年版)》、《〈內地與香港關於建立更緊密經貿關係的\n"
            + "\n"
            + "安排〉服務貿易協議》以及內地有關法律、法規和規章等規\n"
            + "\n"
            + "定，經協商，香渦特別行政區政府與浙江省人民政府就全面\n"
            + "\n"
            + "推進兩地互利合作達成如下協議： \n"
            + "\n"
            + "一、合作宗旨 "
        },
        {
            "text after an annex label went into the preamble before it",
            ";;9:;\n"
            + "附件渀::d:\n"
            + "陶渄::d:\n"
            + "附件d:\n"
            + "附件d:::[::一::d\r-2\r55565\r-2\r-\r-2\r--\r-\r-件d:\n"
            + "附件:"
        },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Finding_reads_into_spans_that_nest_inside_the_source_without_overlap(string finding, string text)
    {
        var agreement = AgreementReader.Parse(text, finding);

        SpanAssertions.ShouldNestInsideTheSource(agreement);
        agreement.Clauses.Select(c => c.Label).Should().OnlyHaveUniqueItems();
    }
}
