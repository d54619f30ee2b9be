package org.knotwise.workbench.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule's consequence says to people and what else it does, from its Java text: every message
 * (string literals joined by {@code +}, anything computed between them shown as {@code {expression}}),
 * and each statement as written with its messages shortened to “…”. A literal without a space (a code
 * such as {@code "TOO_INTENSE"}, a word such as {@code "fingers"}) is not a message: it stays in the statement.
 */
public final class ConsequenceWords {

    /** A consequence's messages, in the order written, and its statements. */
    public record Said(List<String> messages, List<String> statements) {
        public Said {
            messages = List.copyOf(messages);
            statements = List.copyOf(statements);
        }
    }

    private ConsequenceWords() {
    }

    public static Said of(String consequence) {
        List<String> messages = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        for (String statement : statements(consequence)) {
            StringBuilder shown = new StringBuilder();
            int i = 0;
            while (i < statement.length()) {
                char c = statement.charAt(i);
                if (c == '"') {
                    Chain chain = chain(statement, i);
                    if (chain.isMessage) {
                        messages.add(chain.text.toString());
                        shown.append("“…”");
                    } else {
                        shown.append(statement, i, chain.end);
                    }
                    i = chain.end;
                } else {
                    shown.append(c);
                    i++;
                }
            }
            statements.add(shown.toString().replaceAll("\\s+", " ").strip());
        }
        return new Said(messages, statements);
    }

    private static final class Chain {
        final StringBuilder text = new StringBuilder();
        boolean isMessage;
        int end;
    }

    /** The literals from {@code start} joined by {@code +}, with expressions between them as {@code {expr}}. */
    private static Chain chain(String s, int start) {
        Chain chain = new Chain();
        int i = start;
        int literals = 0;
        while (true) {
            int close = literalEnd(s, i);
            String literal = unescape(s.substring(i + 1, close));
            chain.text.append(literal);
            literals++;
            chain.isMessage |= literal.contains(" ");
            chain.end = close + 1;
            int j = skipSpace(s, chain.end);
            if (j >= s.length() || s.charAt(j) != '+') {
                break;
            }
            j = skipSpace(s, j + 1);
            if (j < s.length() && s.charAt(j) == '"') {
                i = j;
                continue;
            }
            // an expression between two literals: up to the next top-level '+', ',', ')' or ';'
            int k = expressionEnd(s, j);
            String expr = s.substring(j, k).strip();
            int after = skipSpace(s, k);
            if (expr.isEmpty()) {
                break;
            }
            chain.text.append('{').append(expr).append('}');
            chain.end = k;
            if (after < s.length() && s.charAt(after) == '+') {
                int next = skipSpace(s, after + 1);
                if (next < s.length() && s.charAt(next) == '"') {
                    i = next;
                    continue;
                }
            }
            break;
        }
        chain.isMessage |= literals > 1;
        return chain;
    }

    private static int literalEnd(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return s.length() - 1;
    }

    private static int expressionEnd(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '+' || c == ',' || c == ')' || c == ';' || c == '"')) {
                return i;
            }
        }
        return s.length();
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }

    /** The consequence's statements: split at top-level ';', comments dropped, blank ones skipped. */
    static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!quoted && c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '{' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '}' || c == ']')) {
                depth--;
            }
            if (!quoted && depth == 0 && (c == ';' || (c == '}' && current.toString().contains("{")))) {
                if (c == '}') {
                    current.append(c);
                }
                if (!current.toString().isBlank()) {
                    out.add(current.toString().strip());
                }
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
