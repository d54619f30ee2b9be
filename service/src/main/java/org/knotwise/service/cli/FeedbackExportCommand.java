package org.knotwise.service.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.service.http.Json;
import org.knotwise.service.store.DefaultDatabase;
import org.knotwise.service.store.JdbcStore;
import org.knotwise.service.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Writes the store as JSON Lines on stdout. {@code --kind cases} (the default): one case per line,
 * as served, so {@code knotwise batch} can replay real traffic against new rules; the line also
 * carries {@code served} (when, where, which rule base, the cards and their feedback), which the
 * case reader ignores as an unknown field. {@code --kind feedback}: one feedback entry per line.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write served cases (with their cards' feedback) or feedback as JSON Lines to stdout.")
public final class FeedbackExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", description = "jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=..&password=.. (default: serve's, "
            + DefaultDatabase.DESCRIPTION + ")")
    String db;

    @Option(names = "--since", description = "only what was served or received on or after this date (YYYY-MM-DD, UTC) or instant")
    String since;

    @Option(names = "--kind", defaultValue = "cases", description = "cases (default) or feedback")
    String kind;

    @Override
    public Integer call() throws Exception {
        Instant from = parseSince();
        if (!kind.equals("cases") && !kind.equals("feedback")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kind is cases or feedback, not " + kind);
        }
        String url = db;
        if (url == null) {
            Path file = DefaultDatabase.file();
            if (!Files.isRegularFile(file)) { // opening would create an empty one
                spec.commandLine().getErr().println("knotwise feedback export: no store at " + file
                        + " (where serve keeps it by default); name yours with --db");
                return 3;
            }
            url = DefaultDatabase.url(file);
        }
        PrintWriter out = spec.commandLine().getOut();
        long[] count = {0};
        try (JdbcStore store = JdbcStore.open(url)) {
            if (kind.equals("feedback")) {
                store.feedbackSince(from, f -> {
                    out.println(Json.write(feedback(f)));
                    count[0]++;
                });
            } else {
                Map<String, Integer> seen = new HashMap<>();
                store.servedSince(from, s -> {
                    out.println(Json.write(servedLine(s, seen)));
                    count[0]++;
                });
            }
        }
        out.flush();
        spec.commandLine().getErr().println("knotwise feedback export: " + count[0] + " " + kind + " line(s)");
        return 0;
    }

    private Instant parseSince() {
        if (since == null) {
            return null;
        }
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--since takes a date (2025-06-30) or an instant (2025-06-30T12:00:00Z), not " + since);
        }
    }

    /** The case as served; a repeated id gets {@code #2}, {@code #3}... so a batch replay sees no duplicates. */
    static ObjectNode servedLine(Store.ServedWithFeedback s, Map<String, Integer> seen) {
        JsonNode parsed = Json.parse(s.served().caseJson());
        ObjectNode line = parsed.isObject() ? (ObjectNode) parsed.deepCopy() : Json.object();
        String id = s.served().caseId();
        if (id != null) {
            int n = seen.merge(id, 1, Integer::sum);
            if (n > 1) {
                line.put("id", id + "#" + n);
            }
        }
        ObjectNode served = line.putObject("served");
        served.put("at", s.served().at().toString()).put("endpoint", s.served().endpoint())
                .put("ruleBase", s.served().ruleBase()).put("caseId", id);
        ArrayNode cards = served.putArray("cards");
        s.served().cards().forEach(c -> cards.addObject().put("uuid", c.uuid()).put("indicator", c.indicator())
                .put("summary", c.summary()));
        ArrayNode feedback = served.putArray("feedback");
        s.feedback().forEach(f -> feedback.add(feedback(f)));
        return line;
    }

    static ObjectNode feedback(Store.Feedback f) {
        ObjectNode o = Json.object();
        o.put("receivedAt", f.receivedAt().toString()).put("service", f.serviceId()).put("card", f.card())
                .put("outcome", f.outcome());
        if (f.overrideCode() != null || f.userComment() != null) {
            ObjectNode r = o.putObject("overrideReason");
            if (f.overrideCode() != null) {
                r.putObject("reason").put("code", f.overrideCode()).put("system", f.overrideSystem())
                        .put("display", f.overrideDisplay());
            }
            if (f.userComment() != null) {
                r.put("userComment", f.userComment());
            }
        }
        if (f.outcomeTimestamp() != null) {
            o.put("outcomeTimestamp", f.outcomeTimestamp());
        }
        if (f.acceptedSuggestions() != null) {
            o.set("acceptedSuggestions", Json.parse(f.acceptedSuggestions()));
        }
        return o;
    }
}
