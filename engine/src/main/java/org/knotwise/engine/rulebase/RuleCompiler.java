package org.knotwise.engine.rulebase;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compiles DRL text at run time into a KIE base, reporting every compiler message with file and line. */
final class RuleCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicInteger RELEASES = new AtomicInteger();
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private RuleCompiler() {
    }

    /** The KIE base, or null when the compiler found any error (all of them are added to {@code problems}). */
    static KieBase compile(List<RuleFile> files, List<RuleProblem> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("org.knotwise.user", "rules", "1.0." + RELEASES.incrementAndGet());
        kfs.generateAndWritePomXML(release);
        Map<String, String> nameByPath = new HashMap<>();
        for (RuleFile f : files) {
            // In the folder its package names, or Drools warns about every file (a rules folder is flat on purpose).
            String inPackage = packageFolder(f.text()) + f.name();
            kfs.write(RESOURCES + inPackage, f.text());
            nameByPath.put(RESOURCES + inPackage, f.name());
            nameByPath.put(inPackage, f.name()); // some messages name the path from the resources root
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        boolean failed = false;
        for (Message m : builder.getResults().getMessages()) {
            RuleProblem p = toProblem(m, nameByPath.getOrDefault(m.getPath(), m.getPath()));
            problems.add(p);
            failed |= p.isError();
        }
        return failed ? null : ks.newKieContainer(release).getKieBase();
    }

    /** "org/knotwise/rules/" for a file that declares {@code package org.knotwise.rules;}, "" when it declares none. */
    static String packageFolder(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static RuleProblem toProblem(Message m, String file) {
        RuleProblem.Severity severity = m.getLevel() == Message.Level.ERROR
                ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING;
        return new RuleProblem(severity, file, Math.max(m.getLine(), 0), m.getText().strip());
    }
}
