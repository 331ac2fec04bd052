namespace LicenceCheck.Tests;

public sealed class LicenceJudgeTests
{
    [Theory]
    [InlineData("GPL-3.0-only")]
    [InlineData("GPL-2.0-or-later")]
    [InlineData("AGPL-3.0-only")]
    [InlineData("LGPL-2.1-only")]
    [InlineData("MPL-2.0")]
    [InlineData("EUPL-1.2")]
    [InlineData("SSPL-1.0")]
    [InlineData("CC-BY-SA-4.0")]
    [InlineData("GPL-2.0-only WITH Classpath-exception-2.0")]
    [InlineData("MIT AND LGPL-3.0-or-later")]
    [InlineData("(Apache-2.0 AND MPL-2.0) OR AGPL-3.0-only")]
    public void Copyleft_licences_and_expressions_that_require_one_are_copyleft(string expression)
    {
        LicenceJudge.Judge(expression).Should().Be(Verdict.Copyleft);
    }

    [Theory]
    [InlineData("MIT")]
    [InlineData("Apache-2.0")]
    [InlineData("BSD-2-Clause")]
    [InlineData("BSD-3-Clause")]
    [InlineData("MIT OR GPL-3.0-only")]
    [InlineData("(MIT OR Apache-2.0) AND BSD-3-Clause")]
    public void Permissive_licences_and_a_choice_that_offers_one_are_permissive(string expression)
    {
        LicenceJudge.Judge(expression).Should().Be(Verdict.Permissive);
    }

    [Theory]
    [InlineData("MS-PL")]
    [InlineData("LicenseRef-Proprietary")]
    [InlineData("MIT AND Commercial")]
    [InlineData("GPL-3.0-only OR LicenseRef-Proprietary")]
    [InlineData("not an expression!")]
    public void Licences_the_check_does_not_know_are_unknown(string expression)
    {
        LicenceJudge.Judge(expression).Should().Be(Verdict.Unknown);
    }
}
