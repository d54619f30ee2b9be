package org.knotwise.engine.rulebase;

import org.knotwise.engine.facts.PainRegion;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Problem;

import org.drools.modelcompiler.CanonicalKieModule;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiling a rules folder again, after a change, asks the application's class loader for no name it was not
 * asked before: the JDK's loaders remember every name they are asked for, for ever, and the classes a compile
 * generates have new names each time, so a service reloading its rules would otherwise grow without bound
 * (RELIABILITY.md, "Hot reload under traffic").
 */
class GeneratedClassNamesTest {

    /** Stands in for the application's loader: records every class and resource name it is asked for. */
    private static final class RecordingLoader extends ClassLoader {
        final Set<String> asked = ConcurrentHashMap.newKeySet();

        RecordingLoader() {
            super(GeneratedClassNamesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name.replace('.', '/') + ".class");
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            asked.add(name);
            return super.getResource(name);
        }
    }

    @Test
    void aCompileAfterAChangeAsksTheApplicationLoaderForNothingNew() throws Exception {
        List<RuleFile> rules = minimalRules();
        List<RuleFile> changed = rules.stream()
                .map(f -> new RuleFile(f.name(), f.text() + "\n// changed, so every generated name changes\n"))
                .toList();

        Set<String> first = namesAskedWhileCompiling(rules);
        Set<String> second = namesAskedWhileCompiling(changed);

        assertThat(first).as("names the first compile asked for").isNotEmpty();
        assertThat(second).as("names asked after the change that were not asked before")
                .isSubsetOf(first);
    }

    @Test
    void theNamesOfGeneratedClassesAreToldFromApplicationClasses() {
        assertThat(GeneratedNamesShield.generated("org.knotwise.rules.Rules3A9F0C1D2E3F4A5B6C7D8E9F0A1B2C3D")).isTrue();
        assertThat(GeneratedNamesShield.generated("org.knotwise.rules.P5F.LambdaExtractor5F0C1D2E3F4A5B6C7D8E9F0A1B2C3D4E")).isTrue();
        assertThat(GeneratedNamesShield.generated("org.knotwise.rules.DomainClassesMetadata05823c79b41145ca81d5dcec4ee19cd0")).isTrue();
        assertThat(GeneratedNamesShield.generated("org.knotwise.rules.P5F.String")).isTrue();
        assertThat(GeneratedNamesShield.generated("org.drools.project.model.ProjectModel_org_knotwise_user_rules_1_0_7")).isTrue();
        for (Class<?> existing : List.of(PainRegion.class, KnowledgeBase.class, CanonicalKieModule.class, String.class,
                Problem.class, Set.class)) {
            assertThat(GeneratedNamesShield.generated(existing.getName())).as(existing.getName()).isFalse();
        }
    }

    private static Set<String> namesAskedWhileCompiling(List<RuleFile> files) {
        RecordingLoader recording = new RecordingLoader();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(recording);
        try {
            List<Problem> problems = new ArrayList<>();
            assertThat(RuleCompiler.compile(files, problems)).isNotNull();
            assertThat(problems).noneMatch(Problem::isError);
        } finally {
            thread.setContextClassLoader(before);
        }
        return new HashSet<>(recording.asked);
    }

    private static List<RuleFile> minimalRules() throws URISyntaxException {
        return RuleFolder.files(Path.of(GeneratedClassNamesTest.class.getResource("/rules/minimal").toURI()));
    }
}
