package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
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
 * Compiles DRL files with the MVEL compiler, without type checking and without a KIE module: the quick way
 * to build many throw-away variants of a rule base that passed the type-checked compile once, such as the
 * mutants of {@code rules mutate}. Nothing is kept in the KIE repository, so thousands of builds do not
 * add up. Never use it to load rules for assessing people: that is {@link RuleBase#fromFolder}.
 */
public final class UncheckedRuleBase {

    private UncheckedRuleBase() {
    }

    /** @throws RuleBaseException listing the compiler's errors, when the files do not compile */
    public static RuleBase compile(List<RuleFile> files, KnowledgeBase kb) {
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
        Map<String, byte[]> texts = new TreeMap<>();
        files.forEach(f -> texts.put(f.name(), f.text().getBytes(StandardCharsets.UTF_8)));
        return new RuleBase(base, kb, rules, problems,
                new RuleBaseIdentity("unchecked", RuleBaseIdentities.UNVERSIONED, RuleBaseIdentities.digest(texts)));
    }
}
