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
 * broken row in any of the four files is an error naming the file and the line it is on.
 */
class KnowledgeBaseLoaderTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyBuiltInFiles() throws IOException {
        for (String file : KnowledgeBase.FILES) {
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
    void aMisspeltRegionToolOrCautionGetsTheClosestIds() throws IOException {
        int referral = append(KnowledgeBase.REFERRALS_FILE, "ankle,peroneus tertius,shinn,some book");
        int muscle = edit(KnowledgeBase.MUSCLES_FILE, "soleus,", row -> row.replace("soleus,calf,", "soleus,calff,"));
        int region = edit(KnowledgeBase.REGIONS_FILE, "thumb,", row -> row.replaceFirst(",hand,", ",hnad,"));

        assertError(KnowledgeBase.REFERRALS_FILE, referral, "unknown triggerRegion 'shinn' (did you mean 'shin'?)");
        assertError(KnowledgeBase.MUSCLES_FILE, muscle, "muscle 'soleus': unknown region 'calff' (did you mean 'calf'?)");
        assertError(KnowledgeBase.REGIONS_FILE, region, "towardCentre 'hnad' is not a region (did you mean 'hand'?)");
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

        List<Problem> problems = KnowledgeBaseLoader.check(dir);
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

    // ---- CSV in plain words ---------------------------------------------------------------

    @Test
    void anUnquotedCommaInASourceSaysQuoteTheField() throws IOException {
        int line = append(KnowledgeBase.REFERRALS_FILE, "ankle,tibialis anterior,shin,Travell & Simons, Vol. 2");

        assertError(KnowledgeBase.REFERRALS_FILE, line,
                "too many fields (5, expected 4): quote a field that contains a comma");
        assertThat(KnowledgeBaseLoader.check(dir)).noneSatisfy(p -> assertThat(p.message())
                .containsAnyOf("Too many entries", "Source:", "column:"));
    }

    @Test
    void aBadRowIsReportedAndTheRestOfTheFileStillRead() throws IOException {
        int bad = append(KnowledgeBase.REFERRALS_FILE, "ankle,tibialis anterior,shin,Travell & Simons, Vol. 2");
        int alsoBad = append(KnowledgeBase.REFERRALS_FILE, "armpit,subscapularis,shoulder-blade,some book");

        assertError(KnowledgeBase.REFERRALS_FILE, bad, "too many fields");
        assertError(KnowledgeBase.REFERRALS_FILE, alsoBad, "unknown painRegion 'armpit'");
    }

    @Test
    void anUnquotedCommaInRegionsAndMusclesToo() throws IOException {
        int r = edit(KnowledgeBase.REGIONS_FILE, "thumb,", row -> row.replace("\"Davies & Davies, The", "Davies & Davies, The"));
        int m = edit(KnowledgeBase.MUSCLES_FILE, "frontalis,", row -> row.replace("\"Simons, Travell", "Simons, Travell"));

        assertError(KnowledgeBase.REGIONS_FILE, r, "quote a field that contains a comma");
        assertError(KnowledgeBase.MUSCLES_FILE, m, "quote a field that contains a comma");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(dir.resolve(KnowledgeBase.MUSCLES_FILE));

        assertThat(KnowledgeBaseLoader.check(dir)).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).endsWith(KnowledgeBase.MUSCLES_FILE);
            assertThat(p.message()).contains("file not found");
        });
    }

    // ---- muscles.csv ----------------------------------------------------------------------

    @Test
    void aMapRowNamingAMuscleWithoutAMuscleRow() throws IOException {
        int line = append(KnowledgeBase.REFERRALS_FILE, "ankle,peroneus tertius,shin,\"Travell & Simons, Vol. 2\"");

        assertError(KnowledgeBase.REFERRALS_FILE, line, "muscle 'peroneus tertius' has no row in");
    }

    @Test
    void aMusclePlacedInTwoRegionsByTwoMapRows() throws IOException {
        int first = lineOf(KnowledgeBase.REFERRALS_FILE, "low-back,gluteus medius,");
        int line = append(KnowledgeBase.REFERRALS_FILE, "buttock,gluteus medius,buttock,https://example.org/page");

        assertError(KnowledgeBase.REFERRALS_FILE, line,
                "muscle 'gluteus medius' is placed in 'buttock' here but in 'hip-side' on line " + first);
    }

    @Test
    void aMapRowDisagreeingWithTheMuscleRow() throws IOException {
        int muscleLine = lineOf(KnowledgeBase.MUSCLES_FILE, "iliopsoas,");
        int line = edit(KnowledgeBase.REFERRALS_FILE, "low-back,iliopsoas,", row -> row.replace(",groin,", ",abdomen,"));

        assertError(KnowledgeBase.REFERRALS_FILE, line, "muscle 'iliopsoas' is placed in 'abdomen' here but in 'groin' by "
                + KnowledgeBase.MUSCLES_FILE + " line " + muscleLine);
    }

    @Test
    void aMuscleInAnUnknownRegion() throws IOException {
        int line = edit(KnowledgeBase.MUSCLES_FILE, "soleus,", row -> row.replace("soleus,calf,", "soleus,lower-leg,"));

        assertError(KnowledgeBase.MUSCLES_FILE, line, "muscle 'soleus': unknown region 'lower-leg'");
    }

    @Test
    void aMuscleWithoutASourceOrWithoutAPublicPage() throws IOException {
        int none = edit(KnowledgeBase.MUSCLES_FILE, "soleus,", row -> row.substring(0, row.indexOf(",http") + 1));
        int book = edit(KnowledgeBase.MUSCLES_FILE, "masseter,", row -> row.substring(0, row.indexOf(",http") + 1) + "a book");

        assertError(KnowledgeBase.MUSCLES_FILE, none, "muscle 'soleus': no source named");
        assertError(KnowledgeBase.MUSCLES_FILE, book, "muscle 'masseter': the source names no public page");
    }

    @Test
    void anUnknownCautionCode() throws IOException {
        int line = edit(KnowledgeBase.MUSCLES_FILE, "scalenes,", row -> row.replace("FRONT_OF_NECK", "NECK"));

        assertError(KnowledgeBase.MUSCLES_FILE, line, "muscle 'scalenes': unknown caution 'NECK'");
    }

    @Test
    void deepMustBeTrueOrFalse() throws IOException {
        int line = edit(KnowledgeBase.MUSCLES_FILE, "soleus,", row -> row.replace("soleus,calf,false,", "soleus,calf,maybe,"));

        assertError(KnowledgeBase.MUSCLES_FILE, line, "deep must be true or false, not 'maybe'");
    }

    @Test
    void aMuscleListedTwice() throws IOException {
        int first = lineOf(KnowledgeBase.MUSCLES_FILE, "soleus,");
        String row = Files.readAllLines(dir.resolve(KnowledgeBase.MUSCLES_FILE)).get(first - 1);
        int line = append(KnowledgeBase.MUSCLES_FILE, row);

        assertError(KnowledgeBase.MUSCLES_FILE, line, "muscle 'soleus' is listed twice (first on line " + first + ")");
    }

    @Test
    void aMuscleNoMapRowNamesIsOnlyAWarning() throws IOException {
        int line = append(KnowledgeBase.MUSCLES_FILE, "peroneus tertius,shin,false,,https://example.org/peroneus");

        assertThat(KnowledgeBaseLoader.check(dir)).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("'peroneus tertius' is named by no referral row");
        });
    }

    // ---- cautions.csv ---------------------------------------------------------------------

    @Test
    void aCautionWithoutAWebAddress() throws IOException {
        int line = edit(KnowledgeBase.CAUTIONS_FILE, "POSSIBLE_CLOT,", row -> row.replace("https://www.nhs.uk", "www.nhs.uk"));

        assertError(KnowledgeBase.CAUTIONS_FILE, line, "'POSSIBLE_CLOT': source_url 'www.nhs.uk");
    }

    @Test
    void anUnknownCautionRow() throws IOException {
        int line = append(KnowledgeBase.CAUTIONS_FILE, "HOT_STONES,https://example.org,Example");

        assertError(KnowledgeBase.CAUTIONS_FILE, line, "unknown code 'HOT_STONES'");
    }

    @Test
    void everyCautionAndRedFlagNeedsARow() throws IOException {
        List<String> rows = new ArrayList<>(Files.readAllLines(dir.resolve(KnowledgeBase.CAUTIONS_FILE)));
        rows.removeIf(r -> r.startsWith("saddle-numbness,") || r.startsWith("PREGNANCY,"));
        Files.write(dir.resolve(KnowledgeBase.CAUTIONS_FILE), rows, StandardCharsets.UTF_8);

        assertError(KnowledgeBase.CAUTIONS_FILE, 0, "'saddle-numbness' has no row");
        assertError(KnowledgeBase.CAUTIONS_FILE, 0, "'PREGNANCY' has no row");
    }

    @Test
    void aCautionWithoutASourceName() throws IOException {
        int line = edit(KnowledgeBase.CAUTIONS_FILE, "SEVERE_PAIN,", row -> "SEVERE_PAIN,https://example.org/page,");

        assertError(KnowledgeBase.CAUTIONS_FILE, line, "'SEVERE_PAIN': no source_name");
    }

    @Test
    void aRegionWithoutADescription() throws IOException {
        int line = edit(KnowledgeBase.REGIONS_FILE, "heel,", row -> row.substring(0, row.lastIndexOf(',') + 1));

        assertError(KnowledgeBase.REGIONS_FILE, line, "region 'heel': no description");
    }

    /** Asserts an error in the file and on the line given, with the message fragment. */
    private void assertError(String file, int line, String message) {
        List<Problem> errors = KnowledgeBaseLoader.check(dir).stream()
                .filter(Problem::isError).toList();
        assertThat(errors).as("errors").anySatisfy(p -> {
            assertThat(p.file()).endsWith(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(message);
            assertThat(p.toString()).contains(line > 0 ? file + ":" + line + ": error: " : file + ": error: ");
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
