package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;
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

/** Compiles DRL text at run time into a KIE base, reporting every compiler message with file and line. */
final class RuleCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicInteger RELEASES = new AtomicInteger();

    private RuleCompiler() {
    }

    /** The KIE base, or null when the compiler found any error (all of them are added to {@code problems}). */
    static KieBase compile(List<RuleFile> files, List<Problem> problems) {
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
        boolean failed = false;
        for (Message m : builder.getResults().getMessages()) {
            Problem p = toProblem(m, nameByPath.getOrDefault(m.getPath(), m.getPath()));
            problems.add(p);
            failed |= p.isError();
        }
        return failed ? null : ks.newKieContainer(release).getKieBase();
    }

    private static Problem toProblem(Message m, String file) {
        Problem.Severity severity = m.getLevel() == Message.Level.ERROR
                ? Problem.Severity.ERROR : Problem.Severity.WARNING;
        return new Problem(severity, file, Math.max(m.getLine(), 0), m.getText().strip());
    }
}
