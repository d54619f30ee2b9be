package org.knotwise.engine.rulebase;

import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules shipped in the knotwise-rules jar: the only class that knows where they live on the
 * classpath, both as DRL text (for descriptions and checks) and as the executable model the build
 * compiled from it (for running).
 */
public final class BuiltInRules {

    /** Where the built-in DRL files sit on the classpath (the rules module's package). */
    public static final String PACKAGE = "org/knotwise/rules";
    /** Where the rules jar keeps the scenarios the built-in rules are tested with. */
    public static final String TEST_SCENARIOS = PACKAGE + "/scenarios/tests";
    /** Where the kie-maven-plugin lists the executable model's classes for the rules jar (its group and artifact). */
    static final String MODEL_INDEX = "META-INF/kie/org.knotwise/knotwise-rules/drools-model";
    private static final String MODEL_VERSION_HEADER = "Drools-Model-Version:";

    private BuiltInRules() {
    }

    /** The built-in DRL files, sorted by name. */
    public static List<RuleFile> files() {
        List<RuleFile> files = new ArrayList<>();
        // Every classpath entry holding the package: in tests the rules' own test classes share it.
        for (Map<String, byte[]> inEntry : ClasspathFolder.list(BuiltInRules.class.getClassLoader(), PACKAGE, ".drl").values()) {
            inEntry.forEach((name, bytes) -> files.add(new RuleFile(name, new String(bytes, StandardCharsets.UTF_8))));
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("the built-in rules (" + PACKAGE
                    + "/*.drl) are not on the classpath: add the knotwise-rules jar");
        }
        files.sort(Comparator.comparing(RuleFile::name));
        return files;
    }

    /**
     * The scenario files the built-in rules are tested with (the rules module's test scenarios, which its jar
     * ships in {@value #TEST_SCENARIOS}), name to text, sorted by name; empty without the rules jar.
     */
    public static Map<String, String> testScenarios() {
        Map<String, String> files = new java.util.TreeMap<>();
        for (Map<String, byte[]> inEntry : ClasspathFolder.list(BuiltInRules.class.getClassLoader(), TEST_SCENARIOS, ".jsonl").values()) {
            inEntry.forEach((name, bytes) -> files.putIfAbsent(name, new String(bytes, StandardCharsets.UTF_8)));
        }
        return files;
    }

    /**
     * The KIE base from the executable model compiled at build time (found by its fixed path, so it
     * also works inside a shaded jar), with its rules in the given order of names (see
     * {@link #inDrlOrder}), or null when the jar has no model.
     */
    static KieBase fromExecutableModel(List<String> ruleNamesInDrlOrder) {
        List<Model> models = executableModels(BuiltInRules.class.getClassLoader());
        if (models.isEmpty()) {
            return null;
        }
        return KieBaseBuilder.createKieBaseFromModel(models.stream().map(m -> inOrder(m, ruleNamesInDrlOrder)).toList());
    }

    /**
     * The rules' names in DRL order, from a scan of the lines that start with {@code rule "NAME"}: much
     * cheaper than parsing the DRL, so the KIE base can be built while the parser reads the rules'
     * descriptions. The loader compares this with the parser's order and rebuilds when they differ.
     */
    static List<String> ruleNamesByScan(List<RuleFile> files) {
        List<String> names = new ArrayList<>();
        for (RuleFile f : files) {
            Matcher m = RULE_LINE.matcher(f.text());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static final Pattern RULE_LINE = Pattern.compile("^[ \\t]*rule[ \\t]+\"([^\"\\\\]*)\"", Pattern.MULTILINE);

    /**
     * The model with its rules in DRL order: files by name, rules as written. Drools breaks ties between
     * rules of equal salience by the order they were loaded in, and the generated model's own order
     * changes from build to build; in DRL order the built-in rules decide as the same files do when
     * compiled at run time from a folder.
     */
    static Model inDrlOrder(Model model, List<RuleDescription> descriptions) {
        return inOrder(model, descriptions.stream().map(RuleDescription::name).toList());
    }

    private static Model inOrder(Model model, List<String> names) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            position.putIfAbsent(names.get(i), i);
        }
        List<Rule> rules = new ArrayList<>(model.getRules());
        rules.sort(Comparator.comparingInt(r -> position.getOrDefault(r.getName(), Integer.MAX_VALUE)));
        return new Model() {
            public String getName() { return model.getName(); }
            public String getPackageName() { return model.getPackageName(); }
            public List<Global> getGlobals() { return model.getGlobals(); }
            public List<Rule> getRules() { return rules; }
            public List<Query> getQueries() { return model.getQueries(); }
            public List<TypeMetaData> getTypeMetaDatas() { return model.getTypeMetaDatas(); }
            public List<EntryPoint> getEntryPoints() { return model.getEntryPoints(); }
        };
    }

    /** The model classes the kie-maven-plugin lists in the rules jar, or none. */
    private static List<Model> executableModels(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                return List.of();
            }
            List<Model> models = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith(MODEL_VERSION_HEADER)) {
                    models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
                }
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the built-in rules' executable model does not load: " + e, e);
        }
    }
}
