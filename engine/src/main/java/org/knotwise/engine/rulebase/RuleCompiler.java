package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;

import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles DRL text at run time into a KIE base, reporting every compiler message with file and line,
 * in plain words (see {@link DrlMessages}).
 *
 * <p>Folders are compiled through the executable model, the compiler the build uses for the built-in
 * rules: it type-checks every constraint ({@code days >= "ten"} is an error here, where the MVEL
 * compiler accepts it and every case then fails), and a folder then runs exactly as the built-in rules
 * do. The MVEL compiler ({@link Checking#UNCHECKED}) is kept for throw-away rule bases that were
 * type-checked once already, such as the mutants of {@code rules mutate}.
 */
final class RuleCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final String KBASE = "rules";
    private static final AtomicInteger RELEASES = new AtomicInteger();
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    enum Checking { TYPE_CHECKED, UNCHECKED }

    private RuleCompiler() {
    }

    /** The type-checked KIE base, or null when the compiler found any error (added to {@code problems}). */
    static KieBase compile(List<RuleFile> files, List<Problem> problems) {
        return compile(files, problems, Checking.TYPE_CHECKED);
    }

    /** The KIE base with its rules in DRL order, or null when the compiler found any error (added to {@code problems}). */
    static KieBase compile(List<RuleFile> files, List<Problem> problems, Checking checking) {
        // Drools gives the classes it generates loaders under the thread's context class loader
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        GeneratedNamesShield parent = GeneratedNamesShield.over(context);
        thread.setContextClassLoader(parent);
        try {
            return compile(files, problems, checking, parent);
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    private static KieBase compile(List<RuleFile> files, List<Problem> problems, Checking checking, ClassLoader parent) {
        KieServices ks = KieServices.get();
        ReleaseId release = ks.newReleaseId("org.knotwise.user", "rules", "1.0." + RELEASES.incrementAndGet());
        KieBuilder builder = ks.newKieBuilder(fileSystem(ks, release, files), parent);
        List<Problem> found = new ArrayList<>();
        try {
            if (checking == Checking.TYPE_CHECKED) {
                builder.buildAll(ExecutableModelProject.class);
            } else {
                builder.buildAll();
            }
            found.addAll(problems(builder, files));
        } catch (RuntimeException crash) {
            // The executable model's compiler throws on some type errors instead of reporting them.
            found.add(DrlMessages.crash(crash, files));
        }
        if (found.stream().anyMatch(Problem::isError)) {
            if (checking == Checking.TYPE_CHECKED && found.stream().anyMatch(RuleCompiler::unplaced)) {
                // The MVEL compiler places name and consequence errors on their DRL lines, where the
                // executable model gives none, or a line of the Java it generated. Its message for the same
                // mistake replaces such an error; its other errors are not taken (it refuses some rules
                // the executable model rightly accepts).
                List<Problem> mvel = new ArrayList<>();
                compile(files, mvel, Checking.UNCHECKED);
                found = DrlMessages.placed(found, mvel);
            }
            if (checking == Checking.TYPE_CHECKED) {
                // A file that does not parse stops the compiler before it checks the others: check them
                // without it, so that every mistake shows in one run.
                List<String> unparsed = RuleReader.unparsed(files);
                if (!unparsed.isEmpty() && unparsed.size() < files.size()) {
                    List<Problem> others = new ArrayList<>();
                    compile(files.stream().filter(f -> !unparsed.contains(f.name())).toList(), others, checking);
                    found.addAll(others.stream().filter(Problem::isError).toList());
                }
            }
            problems.addAll(found);
            return null;
        }
        problems.addAll(found);
        if (builder.getKieModule() instanceof CanonicalKieModule canonical) {
            return inDrlOrder(canonical, files);
        }
        return ks.newKieContainer(release, parent).getKieBase();
    }

    /** An error without a DRL line: on no line, or in the Java the executable model generated. */
    private static boolean unplaced(Problem p) {
        return p.isError() && (p.line() == 0 || !p.file().endsWith(".drl"));
    }

    private static KieFileSystem fileSystem(KieServices ks, ReleaseId release, List<RuleFile> files) {
        KieFileSystem kfs = ks.newKieFileSystem();
        KieModuleModel module = ks.newKieModuleModel();
        module.newKieBaseModel(KBASE).setDefault(true).newKieSessionModel(KBASE + "-session").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        kfs.generateAndWritePomXML(release);
        for (RuleFile f : files) {
            // In the folder its package names, or Drools warns about every file (a rules folder is flat on purpose).
            kfs.write(RESOURCES + packageFolder(f.text()) + f.name(), f.text());
        }
        return kfs;
    }

    private static List<Problem> problems(KieBuilder builder, List<RuleFile> files) {
        Map<String, String> nameByPath = new HashMap<>();
        for (RuleFile f : files) {
            String inPackage = packageFolder(f.text()) + f.name();
            nameByPath.put(RESOURCES + inPackage, f.name());
            nameByPath.put(inPackage, f.name()); // some messages name the path from the resources root
        }
        List<Problem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages()) {
            String path = m.getPath() == null ? "" : m.getPath();
            String file = nameByPath.getOrDefault(path, path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path);
            problems.add(DrlMessages.plain(toProblem(m, file), files));
        }
        // "Parser returned a null Package" only echoes a syntax error already reported on its line
        problems.removeIf(p -> p.line() == 0 && p.message().contains("Parser returned a null Package")
                && problems.stream().anyMatch(q -> q != p && q.isError() && q.line() > 0 && q.file().equals(p.file())));
        return problems;
    }

    /**
     * The executable model's KIE base, built as the built-in rules' is (see {@link BuiltInRules}): with
     * the rules in DRL order, so that a folder decides ties of salience as the same rules built in do.
     */
    private static KieBase inDrlOrder(CanonicalKieModule module, List<RuleFile> files) {
        KieBaseModel kbase = module.getKieModuleModel().getKieBaseModels().get(KBASE);
        Collection<Model> models = module.getModelForKBase((KieBaseModelImpl) kbase);
        List<RuleDescription> order = RuleReader.read(files);
        return KieBaseBuilder.createKieBaseFromModel(models.stream().map(m -> BuiltInRules.inDrlOrder(m, order)).toList());
    }

    /** "org/knotwise/rules/" for a file that declares {@code package org.knotwise.rules;}, "" when it declares none. */
    static String packageFolder(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static Problem toProblem(Message m, String file) {
        Problem.Severity severity = m.getLevel() == Message.Level.ERROR
                ? Problem.Severity.ERROR : Problem.Severity.WARNING;
        return new Problem(severity, file, Math.max(m.getLine(), 0), m.getText().strip());
    }
}
