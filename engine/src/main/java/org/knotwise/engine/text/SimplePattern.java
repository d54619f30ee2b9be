package org.knotwise.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message whose only placeholders are plain {@code {name}}s: filled in by substitution, without ICU.
 * Every English message is one, so an English answer never loads ICU (start-up and the lean path stay
 * as cheap as before); plurals and other ICU syntax go to ICU's MessageFormat.
 */
final class SimplePattern {
    private static final Pattern ARG = Pattern.compile("\\{\\s*([A-Za-z][\\w-]*)\\s*}");

    /** Literal, name, literal, name, ..., literal. */
    private final String[] parts;

    private SimplePattern(String[] parts) {
        this.parts = parts;
    }

    /** The pattern as substitutions, or null when it needs ICU (a plural, a select, a quote before a brace). */
    static SimplePattern of(String pattern) {
        if (pattern.contains("'{") || pattern.contains("'}")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        Matcher m = ARG.matcher(pattern);
        int at = 0;
        while (m.find()) {
            String literal = pattern.substring(at, m.start());
            if (literal.indexOf('{') >= 0 || literal.indexOf('}') >= 0) {
                return null; // a brace that is not a plain {name}: ICU syntax
            }
            parts.add(literal);
            parts.add(m.group(1));
            at = m.end();
        }
        String rest = pattern.substring(at);
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            return null;
        }
        parts.add(rest);
        return new SimplePattern(parts.toArray(String[]::new));
    }

    String format(Map<String, Object> args) {
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                b.append(parts[i]);
            } else {
                Object v = args.get(parts[i]);
                b.append(v == null ? "{" + parts[i] + "}" : v);
            }
        }
        return b.toString();
    }
}
