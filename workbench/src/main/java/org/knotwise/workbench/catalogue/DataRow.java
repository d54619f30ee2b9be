package org.knotwise.workbench.catalogue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.kb.Caution;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Muscle;
import org.knotwise.kb.Referral;
import org.knotwise.kb.Region;
import org.knotwise.workbench.consult.Askable;
import org.knotwise.workbench.consult.Choice;
import org.knotwise.workbench.consult.Item;
import org.knotwise.workbench.consult.Question;
import org.knotwise.workbench.consult.QuestionBook;

import java.nio.file.Path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the knowledge base as {@code rules diff} compares it: its table, the key that names it
 * (a referral row by pain region and muscle, a region by id, a muscle by name, a caution by code, a question
 * of the questions file by the field it asks) and its other fields as text. Line numbers are left out: moving a row is not a change.
 */
@JsonPropertyOrder({"table", "key", "fields"})
public record DataRow(String table, String key, Map<String, String> fields) {
    public DataRow {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static final String REFERRALS = "referrals";
    public static final String REGIONS = "regions";
    public static final String MUSCLES = "muscles";
    public static final String CAUTIONS = "cautions";
    public static final String QUESTIONS = "questions";

    /**
     * Every row of a knowledge base, table by table, in file order; a caution's "title" is what it says in
     * English, from the message files ({@code words}: code to words).
     */
    public static List<DataRow> of(KnowledgeBase kb, java.util.function.Function<String, String> words) {
        List<DataRow> rows = new ArrayList<>();
        for (Referral r : kb.referrals()) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("trigger points at", r.triggerRegion());
            f.put("place for that pain (0 = most likely)", String.valueOf(r.rank()));
            f.put("source", r.source());
            rows.add(new DataRow(REFERRALS, "pain at " + r.painRegion() + " ← " + r.muscle(), f));
        }
        for (Muscle m : kb.muscles().values()) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("region", m.region());
            f.put("deep", String.valueOf(m.deep()));
            f.put("caution", m.caution());
            f.put("source", m.source());
            rows.add(new DataRow(MUSCLES, m.name(), f));
        }
        for (Caution c : kb.cautions().values()) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("title", words.apply(c.code()));
            f.put("source", c.sourceName());
            f.put("address", c.sourceUrl());
            rows.add(new DataRow(CAUTIONS, c.code(), f));
        }
        for (Region r : kb.regions().values()) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("area", r.area());
            f.put("one step toward the centre", r.towardCentre());
            f.put("wide", String.valueOf(r.wide()));
            f.put("reached with", String.join(", ", r.reach()));
            f.put("fibre direction", r.fibreDirection());
            f.put("description", r.description());
            f.put("source", r.source());
            rows.add(new DataRow(REGIONS, r.id(), f));
        }
        return rows;
    }

    /**
     * Every question of a rules folder's questions file (null: the built-in one), in the order of the askable
     * fields: its words, its answers and the rules that need it. None when the file has errors.
     */
    public static List<DataRow> questions(Path rulesDirOrNull, List<RuleFile> files) {
        QuestionBook book = FolderQuestions.loadOrNull(rulesDirOrNull, files);
        if (book == null) {
            return List.of(); // rules validate names the file's errors
        }
        List<DataRow> rows = new ArrayList<>();
        for (Askable a : Askable.values()) {
            Question q = book.question(a);
            if (q == null) {
                continue;
            }
            Map<String, String> f = new LinkedHashMap<>();
            f.put("text", q.text());
            f.put("reason", q.reason());
            f.put("answers", q.choices().isEmpty() ? null : String.join(" | ", q.choices().stream().map(Choice::label).toList()));
            f.put("checklist", q.items().isEmpty() ? null : String.join(" | ", q.items().stream().map(Item::label).toList()));
            f.put("rules", String.join(", ", q.rules()));
            rows.add(new DataRow(QUESTIONS, a.template(), f));
        }
        return rows;
    }
}
