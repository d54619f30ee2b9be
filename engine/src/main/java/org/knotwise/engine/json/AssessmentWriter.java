package org.knotwise.engine.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.knotwise.engine.Explain;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Caution;
import org.knotwise.engine.model.Coded;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.FieldWarning;
import org.knotwise.engine.model.Professional;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.RuleBaseIdentity;
import org.knotwise.engine.model.Technique;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes an assessment with Jackson's streaming generator, field by field, straight from the record:
 * the same bytes as databind gives for the annotated records (their {@code @JsonPropertyOrder} and
 * {@code NON_NULL} fields), without its per-property serializers and reflective accessors, which
 * cost a batch more than the JSON itself. {@code AssessmentWriterTest} holds it to databind's output.
 */
final class AssessmentWriter {
    /** Each thread writes into its own buffer, reused from case to case. */
    private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

    private AssessmentWriter() {
    }

    static String write(JsonFactory factory, Assessment a, Explain level) {
        Buffer out = BUFFERS.get();
        out.text.setLength(0);
        try (JsonGenerator g = factory.createGenerator(out)) {
            assessment(g, a, level);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String json = out.text.toString();
        if (out.text.capacity() > Buffer.KEEP_CHARS) {
            out.text = new StringBuilder(Buffer.INITIAL_CHARS); // one huge answer does not stay pinned
        }
        return json;
    }

    private static void assessment(JsonGenerator g, Assessment a, Explain level) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeBooleanField("selfCare", a.selfCare());
        g.writeFieldName("cautions");
        list(g, a.cautions(), AssessmentWriter::caution);
        g.writeFieldName("candidateSites");
        list(g, a.candidateSites(), AssessmentWriter::site);
        g.writeFieldName("excludedSpots");
        list(g, a.excludedSpots(), AssessmentWriter::excluded);
        g.writeFieldName("technique");
        technique(g, a.technique());
        g.writeFieldName("adjustments");
        list(g, a.adjustments(), AssessmentWriter::coded);
        g.writeFieldName("failureReasons");
        list(g, a.failureReasons(), AssessmentWriter::coded);
        g.writeFieldName("professional");
        professional(g, a.professional());
        g.writeFieldName("expectations");
        strings(g, a.expectations());
        g.writeFieldName("tips");
        strings(g, a.tips());
        if (level != Explain.NONE) {
            g.writeFieldName("explanation");
            list(g, a.explanation(), level == Explain.FULL ? AssessmentWriter::step : AssessmentWriter::ruleOnly);
        }
        g.writeFieldName("warnings");
        list(g, a.warnings(), AssessmentWriter::warning);
        g.writeFieldName("ruleBase");
        ruleBase(g, a.ruleBase());
        g.writeEndObject();
    }

    private interface Part<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    private static <T> void list(JsonGenerator g, List<T> values, Part<T> part) throws IOException {
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (T v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                part.write(g, v);
            }
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        list(g, values, JsonGenerator::writeString);
    }

    private static void caution(JsonGenerator g, Caution c) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", c.code());
        if (c.region() != null) {
            g.writeStringField("region", c.region());
        }
        g.writeStringField("message", c.message());
        g.writeStringField("source", c.source());
        g.writeEndObject();
    }

    private static void site(JsonGenerator g, CandidateSite s) throws IOException {
        g.writeStartObject();
        g.writeStringField("region", s.region());
        g.writeFieldName("muscles");
        strings(g, s.muscles());
        g.writeStringField("basis", s.basis());
        g.writeStringField("confidence", s.confidence());
        g.writeStringField("relatesTo", s.relatesTo());
        g.writeNumberField("stepsTowardCentre", s.stepsTowardCentre());
        g.writeNumberField("score", s.score());
        g.writeFieldName("evidence");
        strings(g, s.evidence());
        g.writeFieldName("rules");
        strings(g, s.rules());
        g.writeEndObject();
    }

    private static void excluded(JsonGenerator g, ExcludedSpot e) throws IOException {
        g.writeStartObject();
        g.writeStringField("region", e.region());
        g.writeStringField("reason", e.reason());
        g.writeEndObject();
    }

    private static void technique(JsonGenerator g, Technique t) throws IOException {
        if (t == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("method", t.method());
        g.writeFieldName("holdSeconds");
        range(g, t.holdSeconds());
        g.writeStringField("strokes", t.strokes());
        if (t.fibreDirection() != null) {
            g.writeStringField("fibreDirection", t.fibreDirection());
        }
        g.writeFieldName("intensity");
        range(g, t.intensity());
        g.writeBooleanField("startGentle", t.startGentle());
        g.writeBooleanField("lightPressure", t.lightPressure());
        g.writeFieldName("sessionSeconds");
        if (t.sessionSeconds() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeNumberField("start", t.sessionSeconds().start());
            g.writeNumberField("max", t.sessionSeconds().max());
            g.writeEndObject();
        }
        g.writeFieldName("sessionsPerDay");
        range(g, t.sessionsPerDay());
        g.writeFieldName("tools");
        strings(g, t.tools());
        g.writeEndObject();
    }

    private static void range(JsonGenerator g, Range r) throws IOException {
        if (r == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("min", r.min());
        g.writeNumberField("max", r.max());
        g.writeEndObject();
    }

    private static void coded(JsonGenerator g, Coded c) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", c.code());
        g.writeStringField("message", c.message());
        g.writeEndObject();
    }

    private static void professional(JsonGenerator g, Professional p) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeBooleanField("recommended", p.recommended());
        g.writeStringField("urgency", p.urgency());
        g.writeFieldName("reasons");
        strings(g, p.reasons());
        g.writeFieldName("advice");
        strings(g, p.advice());
        g.writeEndObject();
    }

    private static void step(JsonGenerator g, ExplanationStep s) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", s.rule());
        g.writeStringField("source", s.source());
        g.writeStringField("because", s.because());
        g.writeEndObject();
    }

    private static void ruleOnly(JsonGenerator g, ExplanationStep s) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", s.rule());
        g.writeEndObject();
    }

    private static void warning(JsonGenerator g, FieldWarning w) throws IOException {
        g.writeStartObject();
        g.writeStringField("field", w.field());
        g.writeStringField("message", w.message());
        g.writeEndObject();
    }

    private static void ruleBase(JsonGenerator g, RuleBaseIdentity r) throws IOException {
        if (r == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("name", r.name());
        g.writeStringField("version", r.version());
        g.writeStringField("digest", r.digest());
        if (r.drafts() != null) {
            g.writeBooleanField("drafts", r.drafts());
        }
        g.writeEndObject();
    }

    /** A {@link Writer} into a reusable {@link StringBuilder}: no synchronisation, no copy until the end. */
    private static final class Buffer extends Writer {
        static final int INITIAL_CHARS = 16 * 1024;
        static final int KEEP_CHARS = 256 * 1024;
        StringBuilder text = new StringBuilder(INITIAL_CHARS);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
