package org.knotwise.cli;

import org.knotwise.cli.render.TextReport;

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

    Interview(Consultant consultant, BufferedReader in, PrintWriter out) {
        this.consultant = consultant;
        this.in = in;
        this.out = out;
    }

    /** Runs the dialogue to its end (or until stopped) and shows the provisional advice; returns the last state. */
    ConsultState run() throws IOException {
        out.println("Knotwise consultation: self-help advice for muscle knots, not a medical diagnosis.");
        out.println("Answer with a number. ? why this question, b back, q stop and see the advice so far.");
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
                out.print(prompt(q));
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equalsIgnoreCase("q")) {
                    stopped = true;
                    break;
                }
                line = line.strip();
                if (line.equals("?")) {
                    out.println("Why: " + q.reason() + (q.rules().isEmpty() ? "" : " (rules: " + String.join(", ", q.rules()) + ")"));
                } else if (line.equalsIgnoreCase("b")) {
                    if (before.isEmpty()) {
                        out.println("This is the first question: there is nothing to go back to.");
                    } else {
                        break;
                    }
                } else {
                    try {
                        answer = parse(q, line);
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
                out.println("(back)");
            } else {
                before.push(state);
                state = state.answer(q, answer);
            }
            step = consultant.next(state);
        }
        out.println();
        if (step.redFlag()) {
            out.println("STOP: you reported a warning sign. Do not massage this yourself: see a doctor, as below.");
        } else if (stopped) {
            out.println("You stopped early: this advice is provisional, based on what you have told so far.");
        } else {
            out.println("That is all that can change the advice. Here it is:");
        }
        if (step.assessment() == null) {
            out.println("No advice yet: say where it hurts first.");
        } else {
            out.println();
            new TextReport(out).write(step.assessment(), false);
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

    private static String prompt(AskedQuestion q) {
        return switch (q.kind()) {
            case NUMBER -> "A number from " + plain(q.min()) + " to " + plain(q.max())
                    + (q.field().mayStayUnknown() ? " (- if you do not know)" : "") + "> ";
            case MANY, CHECKLIST, PLACES -> "Numbers separated by commas, or 0 for none> ";
            case REGIONS -> "Numbers separated by commas> ";
            default -> "> ";
        };
    }

    /** The answer typed, as the value it puts in the case. @throws IllegalArgumentException saying what to type */
    static JsonNode parse(AskedQuestion q, String line) {
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
                    throw new IllegalArgumentException("Please type a number from " + plain(q.min()) + " to " + plain(q.max()) + ".");
                }
                if (d < q.min() || d > q.max() || Double.isNaN(d)) {
                    throw new IllegalArgumentException("Please type a number from " + plain(q.min()) + " to " + plain(q.max()) + ".");
                }
                if (q.field() == Askable.HISTORY_MINUTES) {
                    return JSON.numberNode(d);
                }
                if (d != Math.rint(d)) {
                    throw new IllegalArgumentException("Please type a whole number.");
                }
                return JSON.numberNode((int) d);
            }
            case MANY, REGIONS, CHECKLIST, PLACES -> {
                ArrayNode picked = JSON.arrayNode();
                if ((line.equals("0") || line.equalsIgnoreCase("none")) && q.kind() != Askable.Kind.REGIONS) {
                    return picked;
                }
                for (String part : line.split("[,\\s]+")) {
                    Choice c = choice(choices, part);
                    if (!c.unknown() && !contains(picked, c.value())) {
                        picked.add(c.value());
                    }
                }
                if (q.kind() == Askable.Kind.CHECKLIST) {
                    q.checklistValues(picked); // two lines about one field: say so, and ask again
                }
                if (picked.isEmpty()) {
                    throw new IllegalArgumentException("Please choose at least one number from the list.");
                }
                return picked;
            }
            default -> {
                return choice(choices, line).value();
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

    private static Choice choice(List<Choice> choices, String typed) {
        try {
            int n = Integer.parseInt(typed);
            if (n >= 1 && n <= choices.size()) {
                return choices.get(n - 1);
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException("Please answer with a number from 1 to " + choices.size() + " (or ?, b, q).");
    }

    private static String plain(Double d) {
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
