package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.knotwise.engine.model.RuleBaseIdentity;
import org.knotwise.kb.KnowledgeBase;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule bases from DRL text held in memory, for throw-away variants of a rule base such as the mutants of
 * {@code rules mutate}. Never use it to load rules for assessing people: that is {@link RuleBase#fromFolder},
 * through the gate.
 */
public final class RuleBaseFromFiles {

    private RuleBaseFromFiles() {
    }

    /**
     * Compiled by the executable model, as a folder is (type-checked, the built-in rules' compiler).
     *
     * @throws RuleBaseException listing the compiler's errors, when the files do not compile
     */
    public static RuleBase typeChecked(List<RuleFile> files, KnowledgeBase kb) {
        return typeChecked(files, kb, false);
    }

    /** As {@link #typeChecked(List, KnowledgeBase)}; with {@code drafts} the rules marked {@code @status("draft")} run too. */
    public static RuleBase typeChecked(List<RuleFile> files, KnowledgeBase kb, boolean drafts) {
        List<Problem> problems = new ArrayList<>();
        List<RuleDescription> rules = RuleDescriber.describe(files, problems);
        KieBase kieBase = RuleCompiler.compile(files, problems);
        if (kieBase == null || problems.stream().anyMatch(Problem::isError)) {
            throw new RuleBaseException(problems);
        }
        return new RuleBase(Drafts.apply(kieBase, files, drafts), kb, Drafts.apply(rules, drafts), problems,
                identity(files).withDrafts(drafts));
    }

    /**
     * Compiled by the MVEL compiler, without type checking and without a KIE module: about twice as quick,
     * and nothing is kept in the KIE repository, so thousands of builds do not add up. It refuses some rules
     * the executable model accepts (a method on an element of a {@code from} list), so use it only on rules
     * it was seen to compile.
     *
     * @throws RuleBaseException listing the compiler's errors, when the files do not compile
     */
    public static RuleBase quick(List<RuleFile> files, KnowledgeBase kb) {
        return quick(files, kb, false);
    }

    /** As {@link #quick(List, KnowledgeBase)}; with {@code drafts} the rules marked {@code @status("draft")} run too. */
    public static RuleBase quick(List<RuleFile> files, KnowledgeBase kb, boolean drafts) {
        List<Problem> problems = new ArrayList<>();
        List<RuleDescription> rules = RuleDescriber.describe(files, problems);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile f : files) {
            batch.add(ResourceFactory.newByteArrayResource(f.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(f.name()), ResourceType.DRL);
        }
        batch.build();
        for (KnowledgeBuilderError e : builder.getErrors()) {
            String file = e.getResource() == null ? "(rules)" : e.getResource().getSourcePath();
            int line = e.getLines() == null || e.getLines().length == 0 ? 0 : Math.max(e.getLines()[0], 0);
            problems.add(Problem.error(file, line, e.getMessage().strip()));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new RuleBaseException(problems);
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        return new RuleBase(Drafts.apply(base, files, drafts), kb, Drafts.apply(rules, drafts), problems,
                identity(files).withDrafts(drafts));
    }

    private static RuleBaseIdentity identity(List<RuleFile> files) {
        Map<String, byte[]> texts = new TreeMap<>();
        files.forEach(f -> texts.put(f.name(), f.text().getBytes(StandardCharsets.UTF_8)));
        return new RuleBaseIdentity("in-memory", RuleBaseIdentities.UNVERSIONED, RuleBaseIdentities.digest(texts));
    }
}
