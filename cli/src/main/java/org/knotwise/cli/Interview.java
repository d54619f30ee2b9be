package org.knotwise.cli;

import org.knotwise.cli.render.TextReport;
import org.knotwise.workbench.bodymap.PageWords;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import org.knotwise.workbench.consult.AskedQuestion;
import org.knotwise.workbench.consult.Askable;
import org.knotwise.workbench.consult.Choice;
import org.knotwise.workbench.consult.ConsultState;
import org.knotwise.workbench.consult.Consultant;
import org.knotwise.workbench.consult.Step;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The terminal dialogue: one question at a time, numbered choices, {@code ?} why, {@code b} back, {@code q} stop. */
final class Interview {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Consultant consultant;
    private final BufferedReader in;
    private final PrintWriter out;
    /** The dialogue's own words (prompts, help), in the consultation's language. */
    private final PageWords w;

    Interview(Consultant consultant, BufferedReader in, PrintWriter out) {
        this.consultant = consultant;
        this.in = in;
        this.out = out;
        this.w = PageWords.of(consultant.engine().messages(), consultant.engine().language());
    }

    /** Runs the dialogue to its end (or until stopped) and shows the provisional advice; returns the last state. */
    ConsultState run() throws IOException {
        out.println(w.w("page.consult.title"));
        out.println(w.w("page.consult.keys"));
        Deque<ConsultState> before = new ArrayDeque<>();
        ConsultState state = ConsultState.start();
        boolean stopped = false;
        Step step = consultant.next(state);
        while (!step.done()) {
            AskedQuestion q = step.question();
            out.println();
            out.println((before.size() + 1) + ". " + q.text());
            printChoices(q);
            JsonNode answer = null;
            boolean answered = false;
            while (!answered) {
                out.print(prompt(q, w));
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equalsIgnoreCase("q")) {
                    stopped = true;
                    break;
                }
                line = line.strip();
                if (line.equals("?")) {
                    out.println(q.rules().isEmpty() ? w.w("page.consult.why", "reason", q.reason())
                            : w.w("page.consult.why-rules", "reason", q.reason(), "rules", String.join(", ", q.rules())));
                } else if (line.equalsIgnoreCase("b")) {
                    if (before.isEmpty()) {
                        out.println(w.w("page.consult.first"));
                    } else {
                        break;
                    }
                } else {
                    try {
                        answer = parse(q, line, w);
                        answered = true;
                    } catch (IllegalArgumentException e) {
                        out.println(e.getMessage());
                    }
                }
            }
            if (stopped) {
                break;
            }
            if (!answered) { // back
                state = before.pop();
                out.println(w.w("page.consult.back"));
            } else {
                before.push(state);
                state = state.answer(q, answer);
            }
            step = consultant.next(state);
        }
        out.println();
        if (step.redFlag()) {
            out.println(w.w("page.consult.red-flag"));
        } else if (stopped) {
            out.println(w.w("page.consult.stopped"));
        } else {
            out.println(w.w("page.consult.done"));
        }
        if (step.assessment() == null) {
            out.println(w.w("page.consult.no-advice"));
        } else {
            out.println();
            new TextReport(out, w).write(step.assessment(), false);
        }
        out.flush();
        return state;
    }

    private void printChoices(AskedQuestion q) {
        if (q.kind() == Askable.Kind.NUMBER) {
            return;
        }
        List<Choice> choices = q.choices();
        for (int i = 0; i < choices.size(); i++) {
            out.println("  " + (i + 1) + ") " + choices.get(i).label());
        }
    }

    private static String prompt(AskedQuestion q, PageWords w) {
        return switch (q.kind()) {
            case NUMBER -> w.w(q.field().mayStayUnknown() ? "page.consult.prompt.number-unknown" : "page.consult.prompt.number",
                    "min", plain(q.min()), "max", plain(q.max())) + "> ";
            case MANY, CHECKLIST, PLACES -> w.w("page.consult.prompt.many") + "> ";
            case REGIONS -> w.w("page.consult.prompt.regions") + "> ";
            default -> "> ";
        };
    }

    /** The answer typed, as the value it puts in the case. @throws IllegalArgumentException saying what to type */
    static JsonNode parse(AskedQuestion q, String line) {
        return parse(q, line, PageWords.english());
    }

    /** The answer typed; what to type instead in {@code w}'s language. */
    static JsonNode parse(AskedQuestion q, String line, PageWords w) {
        List<Choice> choices = q.choices();
        switch (q.kind()) {
            case NUMBER -> {
                if (line.equals("-") && q.field().mayStayUnknown()) {
                    return NullNode.getInstance();
                }
                double d;
                try {
                    d = Double.parseDouble(line);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(w.w("page.consult.error.number", "min", plain(q.min()), "max", plain(q.max())));
                }
                if (d < q.min() || d > q.max() || Double.isNaN(d)) {
                    throw new IllegalArgumentException(w.w("page.consult.error.number", "min", plain(q.min()), "max", plain(q.max())));
                }
                if (q.field() == Askable.HISTORY_MINUTES) {
                    return JSON.numberNode(d);
                }
                if (d != Math.rint(d)) {
                    throw new IllegalArgumentException(w.w("page.consult.error.whole"));
                }
                return JSON.numberNode((int) d);
            }
            case MANY, REGIONS, CHECKLIST, PLACES -> {
                ArrayNode picked = JSON.arrayNode();
                if ((line.equals("0") || line.equalsIgnoreCase("none")) && q.kind() != Askable.Kind.REGIONS) {
                    return picked;
                }
                for (String part : line.split("[,\\s]+")) {
                    Choice c = choice(choices, part, w);
                    if (!c.unknown() && !contains(picked, c.value())) {
                        picked.add(c.value());
                    }
                }
                if (q.kind() == Askable.Kind.CHECKLIST) {
                    q.checklistValues(picked); // two lines about one field: say so, and ask again
                }
                if (picked.isEmpty()) {
                    throw new IllegalArgumentException(w.w("page.consult.error.at-least-one"));
                }
                return picked;
            }
            default -> {
                return choice(choices, line, w).value();
            }
        }
    }

    private static boolean contains(ArrayNode picked, JsonNode value) {
        for (JsonNode p : picked) {
            if (p.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Choice choice(List<Choice> choices, String typed, PageWords w) {
        try {
            int n = Integer.parseInt(typed);
            if (n >= 1 && n <= choices.size()) {
                return choices.get(n - 1);
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(w.w("page.consult.error.choice", "max", choices.size()));
    }

    private static String plain(Double d) {
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
