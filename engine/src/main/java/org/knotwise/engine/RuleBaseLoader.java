package org.knotwise.engine;

import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.knotwise.engine.catalogue.RuleReader;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.KnowledgeBaseException;
import org.knotwise.kb.KnowledgeBaseProblem;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Compiles and checks rule bases. Every problem is collected with its file and line before anything
 * is loaded; a rule base with any error is refused whole, so the engine never runs on half of one.
 */
final class RuleBaseLoader {

    /** The KIE base the rules jar's kmodule.xml declares. */
    static final String BUILT_IN_KBASE = "knotwise";
    /** Where the kie-maven-plugin lists the executable model's classes for the rules jar (its group and artifact). */
    static final String BUILT_IN_MODEL = "META-INF/kie/org.knotwise/knotwise-rules/drools-model";
    private static final String MODEL_VERSION_HEADER = "Drools-Model-Version:";
    /** Subfolder of a rules folder that holds the knowledge-base CSV files. */
    static final String KB_FOLDER = "kb";

    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicInteger RELEASES = new AtomicInteger();

    private RuleBaseLoader() {
    }

    static RuleBase builtIn() {
        // Start-up is most of a one-case run: the rule descriptions (read from the DRL text) and the
        // knowledge-base CSV files load on another core while the KIE base is built.
        // Logging is set up first, on this thread: set up by two threads at once, SLF4J prints a
        // "replay" warning to stderr.
        LoggerFactory.getILoggerFactory();
        CompletableFuture<Described> described = CompletableFuture.supplyAsync(() -> {
            List<RuleProblem> problems = new ArrayList<>();
            return new Described(describe(RuleFiles.builtIn(), problems), problems);
        });
        CompletableFuture<KnowledgeBase> kb = CompletableFuture.supplyAsync(KnowledgeBase::builtIn);
        List<RuleProblem> buildProblems = new ArrayList<>();
        KieBase kieBase = builtInKieBase(buildProblems, () -> join(described).infos());
        List<RuleProblem> problems = new ArrayList<>(join(described).problems());
        problems.addAll(buildProblems);
        failOnErrors(problems);
        return new RuleBase(kieBase, join(kb), join(described).infos(), problems);
    }

    /**
     * The executable model compiled at build time when the rules jar has one (found by its fixed path,
     * so it also works inside a shaded jar); else the DRL in the jar, compiled now and checked.
     */
    private static KieBase builtInKieBase(List<RuleProblem> problems, Supplier<List<RuleInfo>> infos) {
        ClassLoader loader = RuleBaseLoader.class.getClassLoader();
        List<Model> models = executableModels(loader);
        if (!models.isEmpty()) {
            List<RuleInfo> order = infos.get();
            return KieBaseBuilder.createKieBaseFromModel(models.stream().map(m -> inDrlOrder(m, order)).toList());
        }
        KieContainer container = KieServices.get().getKieClasspathContainer(loader);
        container.verify().getMessages().stream()
                .map(m -> toProblem(m, m.getPath() == null ? "built-in rules" : m.getPath()))
                .forEach(problems::add);
        return problems.stream().anyMatch(RuleProblem::isError) ? null : container.getKieBase(BUILT_IN_KBASE);
    }

    /**
     * The model with its rules in DRL order: files by name, rules as written. Drools breaks ties between
     * rules of equal salience by the order they were loaded in, and the generated model's own order
     * changes from build to build; in DRL order the built-in rules decide as the same files do when
     * compiled at run time from a folder.
     */
    private static Model inDrlOrder(Model model, List<RuleInfo> infos) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            position.putIfAbsent(infos.get(i).name(), i);
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
        try (InputStream in = loader.getResourceAsStream(BUILT_IN_MODEL)) {
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

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    static RuleBase fromFolder(Path folder) {
        Compiled compiled = compile(folder);
        failOnErrors(compiled.problems);
        return new RuleBase(compiled.kieBase, compiled.kb, compiled.infos, compiled.problems);
    }

    static List<RuleProblem> check(Path folder) {
        return compile(folder).problems;
    }

    /** The built-in rules, checked exactly as a folder is: same compiler, same annotation checks. */
    static List<RuleProblem> checkBuiltIn() {
        List<RuleProblem> problems = new ArrayList<>();
        KnowledgeBase.builtIn().warnings().forEach(w -> problems.add(fromKb(w)));
        return compile(RuleFiles.builtIn(), KnowledgeBase.builtIn(), problems).problems;
    }

    private record Described(List<RuleInfo> infos, List<RuleProblem> problems) {
    }

    private record Compiled(KieBase kieBase, KnowledgeBase kb, List<RuleInfo> infos, List<RuleProblem> problems) {
    }

    private static Compiled compile(Path folder) {
        List<RuleProblem> problems = new ArrayList<>();
        KnowledgeBase kb = loadKnowledgeBase(folder, problems);
        List<RuleFile> files = RuleFiles.inFolder(folder);
        if (files.isEmpty()) {
            problems.add(new RuleProblem(RuleProblem.Severity.ERROR, folder.toString(), 0, "no .drl files in the folder"));
        }
        return compile(files, kb, problems);
    }

    private static Compiled compile(List<RuleFile> files, KnowledgeBase kb, List<RuleProblem> problems) {
        List<RuleInfo> infos = describe(files, problems);

        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("org.knotwise.user", "rules", "1.0." + RELEASES.incrementAndGet());
        kfs.generateAndWritePomXML(release);
        Map<String, String> nameByPath = new HashMap<>();
        for (RuleFile f : files) {
            kfs.write(RESOURCES + f.name(), f.text());
            nameByPath.put(RESOURCES + f.name(), f.name());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages()) {
            problems.add(toProblem(m, nameByPath.getOrDefault(m.getPath(), m.getPath())));
        }
        KieBase kieBase = null;
        if (problems.stream().noneMatch(RuleProblem::isError)) {
            kieBase = ks.newKieContainer(release).getKieBase();
        }
        return new Compiled(kieBase, kb, infos, problems);
    }

    private static KnowledgeBase loadKnowledgeBase(Path folder, List<RuleProblem> problems) {
        Path kbFolder = folder.resolve(KB_FOLDER);
        if (!Files.isDirectory(kbFolder)) {
            return KnowledgeBase.builtIn();
        }
        try {
            KnowledgeBase kb = KnowledgeBase.load(kbFolder);
            kb.warnings().forEach(w -> problems.add(fromKb(w)));
            return kb;
        } catch (KnowledgeBaseException e) {
            e.problems().forEach(p -> problems.add(fromKb(p)));
            return null;
        }
    }

    private static RuleProblem fromKb(KnowledgeBaseProblem p) {
        return new RuleProblem(p.isError() ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING,
                p.file(), p.line(), p.message());
    }

    /**
     * Reads each rule's id, source, reason and phase from the DRL text, checking that every rule has
     * an {@code @id} and a {@code @source}, that ids are unique, and that its phase is one the engine runs.
     */
    private static List<RuleInfo> describe(List<RuleFile> files, List<RuleProblem> problems) {
        List<RuleInfo> infos = new ArrayList<>();
        Map<String, String> firstById = new HashMap<>();
        // files that do not parse are skipped here: the compiler reports their syntax errors with lines
        for (RuleReader.Parsed parsed : RuleReader.parse(files)) {
            RuleDescr rule = parsed.rule();
            String where = parsed.file().name();
            int line = rule.getLine();
            String id = RuleReader.annotation(rule, "id");
            String source = RuleReader.annotation(rule, "source");
            if (id == null) {
                problems.add(error(where, line, "rule \"" + rule.getName() + "\" has no @id"));
            } else if (firstById.containsKey(id)) {
                problems.add(error(where, line, "rule \"" + rule.getName() + "\": @id(\"" + id
                        + "\") is already used at " + firstById.get(id)));
            } else {
                firstById.put(id, where + ":" + line);
            }
            if (source == null) {
                problems.add(error(where, line, "rule \"" + rule.getName() + "\" has no @source (the article section it comes from)"));
            }
            String phase = RuleReader.phase(rule);
            if (phase == null) {
                problems.add(new RuleProblem(RuleProblem.Severity.WARNING, where, line, "rule \""
                        + rule.getName() + "\" has no ruleflow-group: it fires after every phase " + Phases.ORDER));
            } else if (!Phases.ORDER.contains(phase)) {
                problems.add(new RuleProblem(RuleProblem.Severity.WARNING, where, line, "rule \""
                        + rule.getName() + "\" can never fire: ruleflow-group \"" + phase
                        + "\" is not one of the engine's phases " + Phases.ORDER));
            }
            infos.add(new RuleInfo(id, rule.getName(), source, RuleReader.annotation(rule, "because"), phase, where));
        }
        return infos;
    }

    private static RuleProblem toProblem(Message m, String file) {
        RuleProblem.Severity severity = m.getLevel() == Message.Level.ERROR
                ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING;
        return new RuleProblem(severity, file, Math.max(m.getLine(), 0), m.getText().strip());
    }

    private static RuleProblem error(String file, int line, String message) {
        return new RuleProblem(RuleProblem.Severity.ERROR, file, line, message);
    }

    private static void failOnErrors(List<RuleProblem> problems) {
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            throw new RuleBaseException(problems);
        }
    }
}
