package org.knotwise.engine.rulebase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.batch.CaseLineProcessor;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.batch.InputLine;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Complaint;
import org.knotwise.engine.model.RuleBaseIdentity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract §7.8: every answer names the rule base's name, version and a digest of its files. */
class RuleBaseIdentitiesTest {

    @TempDir
    Path dir;

    private Path copyOfMinimalRules(String name) throws Exception {
        Path source = Path.of(RuleBaseIdentitiesTest.class.getResource("/rules/minimal").toURI());
        Path folder = Files.createDirectories(dir.resolve(name));
        try (var files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    @Test
    void aFolderWithoutPropertiesIsNamedAfterItselfAndUnversioned() throws Exception {
        Path folder = copyOfMinimalRules("my-rules");

        RuleBaseIdentity id = Knotwise.withRules(folder).ruleBase().identity();

        assertThat(id.name()).isEqualTo("my-rules");
        assertThat(id.version()).isEqualTo(RuleBaseIdentities.UNVERSIONED);
        assertThat(id.digest()).matches("[0-9a-f]{64}");
    }

    @Test
    void aFolderDeclaresItsNameAndVersion() throws Exception {
        Path folder = copyOfMinimalRules("x");
        Files.writeString(folder.resolve(RuleBaseIdentities.PROPERTIES_FILE), "name = clinic rules\nversion=2.1\n");

        RuleBaseIdentity id = Knotwise.withRules(folder).ruleBase().identity();

        assertThat(id.name()).isEqualTo("clinic rules");
        assertThat(id.version()).isEqualTo("2.1");
    }

    @Test
    void theDigestFollowsTheFilesNotTheFolderNorItsVersion() throws Exception {
        Path a = copyOfMinimalRules("a");
        Path b = copyOfMinimalRules("b");
        Files.writeString(b.resolve(RuleBaseIdentities.PROPERTIES_FILE), "version=9\n");
        String digestA = RuleBaseIdentities.ofFolder(a, RuleFolder.files(a)).digest();

        assertThat(RuleBaseIdentities.ofFolder(b, RuleFolder.files(b)).digest()).isEqualTo(digestA);

        Path drl;
        try (var files = Files.list(b)) {
            drl = files.filter(p -> p.toString().endsWith(".drl")).findFirst().orElseThrow();
        }
        Files.writeString(drl, Files.readString(drl) + "\n// a comment is a change too\n");
        assertThat(RuleBaseIdentities.ofFolder(b, RuleFolder.files(b)).digest()).isNotEqualTo(digestA);

        Path kb = Files.createDirectories(a.resolve(RuleFolder.KB_FOLDER));
        Files.writeString(kb.resolve("extra.csv"), "x\n");
        assertThat(RuleBaseIdentities.ofFolder(a, RuleFolder.files(a)).digest())
                .as("the data files count").isNotEqualTo(digestA);
    }

    @Test
    void theDigestFramesEachFileSoBytesCannotMoveBetweenThem() {
        Map<String, byte[]> one = new LinkedHashMap<>();
        one.put("a.drl", "ab".getBytes(StandardCharsets.UTF_8));
        one.put("b.drl", "c".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("a.drl", "a".getBytes(StandardCharsets.UTF_8));
        two.put("b.drl", "bc".getBytes(StandardCharsets.UTF_8));

        assertThat(RuleBaseIdentities.digest(one)).isNotEqualTo(RuleBaseIdentities.digest(two));
        assertThat(RuleBaseIdentities.digest(one)).isEqualTo(RuleBaseIdentities.digest(new LinkedHashMap<>(one)));
    }

    @Test
    void everyAssessmentAndErrorLineNamesTheRuleBase() throws Exception {
        Knotwise engine = Knotwise.withRules(copyOfMinimalRules("named"));
        RuleBaseIdentity id = engine.ruleBase().identity();

        Assessment a = engine.assess(new Case("k", Complaint.of("calf"), List.of(), List.of(), null));
        assertThat(a.ruleBase()).isEqualTo(id);
        assertThat(KnotwiseJson.parse(KnotwiseJson.write(a)).get("ruleBase").get("digest").asText()).isEqualTo(id.digest());

        CaseOutcome bad = new CaseLineProcessor(engine).process(new InputLine(3, "{\"id\":\"e\"}", null));
        assertThat(bad.isError()).isTrue();
        var line = KnotwiseJson.parse(bad.json());
        assertThat(line.get("ruleBase").get("name").asText()).isEqualTo("named");
        assertThat(line.get("error").get("code").asText()).isEqualTo("MISSING_FIELD");

        CaseOutcome notJson = new CaseLineProcessor(engine).process(new InputLine(4, "{nope", null));
        assertThat(KnotwiseJson.parse(notJson.json()).get("ruleBase").get("version").asText())
                .isEqualTo(RuleBaseIdentities.UNVERSIONED);
    }

    @Test
    void warningsReachTheAssessment() throws Exception {
        Knotwise engine = Knotwise.withRules(copyOfMinimalRules("w"));

        Assessment a = engine.assess(KnotwiseJson.readCase("{\"id\":\"k\",\"complaint\":{\"regions\":[\"calf\"],\"sevrity\":3}}"));

        assertThat(a.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("complaint.sevrity");
            assertThat(w.message()).contains("complaint.severity");
        });
        assertThat(KnotwiseJson.write(a)).contains("\"warnings\":[{\"field\":\"complaint.sevrity\"");
        Assessment clean = engine.assess(new Case("c", Complaint.of("calf"), List.of(), List.of(), null));
        assertThat(KnotwiseJson.write(clean)).contains("\"warnings\":[]").contains("\"cautions\":[]");
    }
}
