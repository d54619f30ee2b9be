package org.knotwise.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The tutorial holds no counts that go stale, and what it makes in the repository root is ignored by git. */
class TutorialHygieneTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theTutorialQuotesNoCountOfRulesOrRows() throws Exception {
        String tutorial = Files.readString(ROOT.resolve("docs/TUTORIAL.md"));
        assertThat(tutorial).doesNotContainPattern("\\d+ rules, \\d+ regions").doesNotContainPattern("\\d+ referral rows")
                .doesNotContainPattern("referrals\\.csv:\\d+");
    }

    @Test
    void everyFolderTheTutorialMakesIsIgnoredByGit() throws Exception {
        String tutorial = Files.readString(ROOT.resolve("docs/TUTORIAL.md"));
        List<String> ignored = Files.readAllLines(ROOT.resolve(".gitignore"));
        Matcher made = Pattern.compile("rules (?:init|catalogue[^\\n]*--output) ([\\w-]+)").matcher(tutorial);
        int folders = 0;
        while (made.find()) {
            folders++;
            assertThat(ignored).as(made.group(1)).contains("/" + made.group(1) + "/");
        }
        assertThat(folders).isGreaterThanOrEqualTo(2);
    }
}
