package org.knotwise.kb;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading a knowledge-base folder: a copy of the built-in files loads cleanly, and each kind of
 * broken row is an error naming the file and the line it is on.
 */
class KnowledgeBaseLoaderTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyBuiltInFiles() throws IOException {
        for (String file : List.of(KnowledgeBase.REGIONS_FILE, KnowledgeBase.REFERRALS_FILE)) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(KnowledgeBase.CLASSPATH_DIR + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
    }

    @Test
    void aCopyOfTheBuiltInFilesLoadsWithoutProblems() {
        assertThat(KnowledgeBaseLoader.check(dir)).isEmpty();
        KnowledgeBase kb = KnowledgeBase.load(dir);
        assertThat(kb.referrals()).hasSameSizeAs(KnowledgeBase.builtIn().referrals());
    }

    @Test
    void anUnknownRegionInTheMap() throws IOException {
        int line = append(KnowledgeBase.REFERRALS_FILE, "wrist-back,wrist and finger extensors,elbow-middle,some book");

        assertError(KnowledgeBase.REFERRALS_FILE, line, "unknown triggerRegion 'elbow-middle'");
    }

    @Test
    void anUnknownPainRegionInTheMap() throws IOException {
        int line = append(KnowledgeBase.REFERRALS_FILE, "armpit,subscapularis,shoulder-blade,some book");

        assertError(KnowledgeBase.REFERRALS_FILE, line, "unknown painRegion 'armpit'");
    }

    @Test
    void aMapRowWithoutASource() throws IOException {
        int line = append(KnowledgeBase.REFERRALS_FILE, "hand,interossei,hand,");

        assertError(KnowledgeBase.REFERRALS_FILE, line, "no source");
    }

    @Test
    void aRegionRowWithoutASource() throws IOException {
        int line = edit(KnowledgeBase.REGIONS_FILE, "thumb,", row -> row.substring(0, row.indexOf(",\"") + 1));

        assertError(KnowledgeBase.REGIONS_FILE, line, "region 'thumb': no source named");
    }

    @Test
    void aFoamRollerOnARegionThatIsNotWide() throws IOException {
        int line = edit(KnowledgeBase.REGIONS_FILE, "hand,", row -> row.replace("thumb|fingers|ball", "thumb|fingers|foam-roller"));

        assertError(KnowledgeBase.REGIONS_FILE, line, "region 'hand': a foam roller is only for wide areas");
    }

    @Test
    void anUnknownTool() throws IOException {
        int line = edit(KnowledgeBase.REGIONS_FILE, "hand,", row -> row.replace("thumb|fingers|ball", "thumb|fingers|hammer"));

        assertError(KnowledgeBase.REGIONS_FILE, line, "unknown tool 'hammer'");
    }

    @Test
    void towardCentreGoingRoundInACircle() throws IOException {
        int line = edit(KnowledgeBase.REGIONS_FILE, "upper-back,", row -> row.replace("upper-back,trunk,,", "upper-back,trunk,neck-back,"));

        assertError(KnowledgeBase.REGIONS_FILE, line, "region 'upper-back': towardCentre goes round in a circle");
    }

    @Test
    void towardCentreNamingNoRegion() throws IOException {
        int line = edit(KnowledgeBase.REGIONS_FILE, "heel,", row -> row.replace("heel,leg,calf,", "heel,leg,lower-leg,"));

        assertError(KnowledgeBase.REGIONS_FILE, line, "towardCentre 'lower-leg' is not a region");
    }

    @Test
    void aRegionListedTwice() throws IOException {
        String handRow = Files.readAllLines(dir.resolve(KnowledgeBase.REGIONS_FILE)).stream()
                .filter(r -> r.startsWith("hand,")).findFirst().orElseThrow();
        int first = lineOf(KnowledgeBase.REGIONS_FILE, "hand,");
        int line = append(KnowledgeBase.REGIONS_FILE, handRow);

        assertError(KnowledgeBase.REGIONS_FILE, line, "region 'hand' is listed twice (first on line " + first + ")");
    }

    @Test
    void aContractRegionMissing() throws IOException {
        List<String> rows = new ArrayList<>(Files.readAllLines(dir.resolve(KnowledgeBase.REGIONS_FILE)));
        rows.removeIf(r -> r.startsWith("top-of-foot,"));
        Files.write(dir.resolve(KnowledgeBase.REGIONS_FILE), rows, StandardCharsets.UTF_8);

        assertThat(KnowledgeBaseLoader.check(dir)).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("'top-of-foot' is missing");
        });
    }

    @Test
    void aMissingColumn() throws IOException {
        List<String> rows = new ArrayList<>(Files.readAllLines(dir.resolve(KnowledgeBase.REFERRALS_FILE)));
        rows.replaceAll(r -> r.replaceFirst(",[^,]*$|,\"[^\"]*\"$", ""));
        Files.write(dir.resolve(KnowledgeBase.REFERRALS_FILE), rows, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("painRegion,muscle,triggerRegion");

        assertError(KnowledgeBase.REFERRALS_FILE, 1, "missing column 'source'");
    }

    @Test
    void aRepeatedMapRowIsOnlyAWarning() throws IOException {
        int first = lineOf(KnowledgeBase.REFERRALS_FILE, "calf,soleus,");
        String row = Files.readAllLines(dir.resolve(KnowledgeBase.REFERRALS_FILE)).get(first - 1);
        int line = append(KnowledgeBase.REFERRALS_FILE, row);

        List<KnowledgeBaseProblem> problems = KnowledgeBaseLoader.check(dir);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("same pattern as line " + first);
        });
        assertThat(KnowledgeBase.load(dir).referralsTo("calf")).hasSameSizeAs(KnowledgeBase.builtIn().referralsTo("calf"));
    }

    @Test
    void loadRefusesBrokenDataAndNamesEveryProblem() throws IOException {
        int a = append(KnowledgeBase.REFERRALS_FILE, "hand,interossei,hand,");
        int b = append(KnowledgeBase.REFERRALS_FILE, "hand,interossei,armpit,some book");

        assertThatThrownBy(() -> KnowledgeBase.load(dir)).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(KnowledgeBase.REFERRALS_FILE + ":" + a + ": error")
                .hasMessageContaining(KnowledgeBase.REFERRALS_FILE + ":" + b + ": error")
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).problems()).hasSize(2));
    }

    /** Asserts exactly one error, in the file and on the line given, with the message fragment. */
    private void assertError(String file, int line, String message) {
        List<KnowledgeBaseProblem> errors = KnowledgeBaseLoader.check(dir).stream()
                .filter(KnowledgeBaseProblem::isError).toList();
        assertThat(errors).as("errors").anySatisfy(p -> {
            assertThat(p.file()).endsWith(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(message);
            assertThat(p.toString()).contains(file + ":" + line + ": error: ");
        });
    }

    /** Appends a row; returns its line number. */
    private int append(String file, String row) throws IOException {
        List<String> rows = new ArrayList<>(Files.readAllLines(dir.resolve(file)));
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
            rows.remove(rows.size() - 1);
        }
        rows.add(row);
        Files.write(dir.resolve(file), rows, StandardCharsets.UTF_8);
        return rows.size();
    }

    /** Rewrites the first row starting with {@code prefix}; returns its line number. */
    private int edit(String file, String prefix, UnaryOperator<String> change) throws IOException {
        List<String> rows = new ArrayList<>(Files.readAllLines(dir.resolve(file)));
        int i = lineOf(file, prefix) - 1;
        String changed = change.apply(rows.get(i));
        assertThat(changed).as("the edit changes the row").isNotEqualTo(rows.get(i));
        rows.set(i, changed);
        Files.write(dir.resolve(file), rows, StandardCharsets.UTF_8);
        return i + 1;
    }

    private int lineOf(String file, String prefix) throws IOException {
        List<String> rows = Files.readAllLines(dir.resolve(file));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no row starting with " + prefix + " in " + file);
    }
}
