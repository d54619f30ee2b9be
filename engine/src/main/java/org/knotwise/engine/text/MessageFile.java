package org.knotwise.engine.text;

import org.knotwise.kb.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's message file ({@code messages/es.properties}): {@code key=text}, one message a line
 * (no continuation lines, so every problem names the line of its key), {@code #} comments, UTF-8.
 * The header's {@code # status: reviewed|draft} says whether a native-speaking clinician has
 * reviewed the language; a file that does not say is a draft.
 *
 * @param name     the file as a rules folder names it, {@code messages/es.properties}
 * @param language the language code, the file's name without {@code .properties}
 * @param entries  key to message, in file order
 */
public record MessageFile(String name, String language, String status, Map<String, Entry> entries) {

    public static final String REVIEWED = "reviewed";
    public static final String DRAFT = "draft";
    private static final Pattern STATUS = Pattern.compile("#\\s*status:\\s*(\\S+).*");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");

    /** One message: its pattern and the line it is on. */
    public record Entry(String key, String pattern, int line) {
    }

    /** Reads a file's text; problems (a line that is not {@code key=text}, a key twice) go to {@code problems}. */
    public static MessageFile parse(String name, String text, List<Problem> problems) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        String language = file.endsWith(".properties") ? file.substring(0, file.length() - ".properties".length()) : file;
        Map<String, Entry> entries = new LinkedHashMap<>();
        String status = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("!")) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher m = STATUS.matcher(line);
                if (status == null && m.matches()) {
                    status = m.group(1).toLowerCase(java.util.Locale.ROOT);
                }
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            if (eq < 0 || !KEY.matcher(key).matches()) {
                problems.add(Problem.error(name, number, "not a 'key=text' line: " + abbreviate(line)));
                continue;
            }
            String pattern = line.substring(eq + 1).strip();
            if (pattern.isEmpty()) {
                problems.add(Problem.error(name, number, "'" + key + "' has no text"));
            }
            Entry earlier = entries.putIfAbsent(key, new Entry(key, pattern, number));
            if (earlier != null) {
                problems.add(Problem.error(name, number, "'" + key + "' is already given at line " + earlier.line()));
            }
        }
        if (status != null && !REVIEWED.equals(status) && !DRAFT.equals(status)) {
            problems.add(Problem.error(name, 1, "status '" + status + "' is not 'reviewed' or 'draft'"));
            status = DRAFT;
        }
        return new MessageFile(name, language, status == null ? DRAFT : status, entries);
    }

    /** The line a message is on, or 0 when the file does not have it. */
    public int lineOf(String key) {
        Entry e = entries.get(key);
        return e == null ? 0 : e.line();
    }

    /** The keys in file order. */
    public List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
