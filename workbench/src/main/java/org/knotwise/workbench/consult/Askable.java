package org.knotwise.workbench.consult;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case inputs a consultation can ask about (contract §1, §7.1), as field templates: {@code spots[]} stands
 * for one pressed spot, named by its region in a concrete path ({@code spots[forearm-back].relevant}). The
 * structure lives here; the words (text, reason, choices) live with the knowledge, in the questions file.
 * Declaration order is the order among equals: the cautions' inputs in the order the safety checks take them.
 */
public enum Askable {
    REGIONS("complaint.regions", Kind.REGIONS, Group.OPENING),
    RED_FLAGS("redFlags", Kind.MANY, Group.RED_FLAG),
    /** The cautions' yes-or-no inputs that matter, as one checklist ("do any of these apply to you?"). */
    CAUTIONS("cautions", Kind.CHECKLIST, Group.CHECKLIST),
    ONSET("complaint.onset", Kind.ONE, Group.CAUTION),
    SWELLING("complaint.swelling", Kind.ONE, Group.CAUTION),
    AGE("person.age", Kind.NUMBER, Group.CAUTION),
    ANTICOAGULANTS("person.anticoagulants", Kind.ONE, Group.CAUTION),
    PREGNANT("person.pregnant", Kind.ONE, Group.CAUTION),
    SIDE("complaint.side", Kind.ONE, Group.GENERAL),
    QUALITY("complaint.quality", Kind.MANY, Group.GENERAL),
    SEVERITY("complaint.severity", Kind.NUMBER, Group.GENERAL),
    DURATION("complaint.durationDays", Kind.NUMBER, Group.GENERAL),
    HISTORY("history", Kind.ONE, Group.GENERAL),
    HISTORY_METHOD("history.method", Kind.ONE, Group.HISTORY),
    HISTORY_INTENSITY("history.intensity", Kind.NUMBER, Group.HISTORY),
    HISTORY_MINUTES("history.minutesPerSession", Kind.NUMBER, Group.HISTORY),
    HISTORY_SESSIONS("history.sessionsPerDay", Kind.NUMBER, Group.HISTORY),
    HISTORY_TOOL("history.tool", Kind.ONE, Group.HISTORY),
    HISTORY_LIGHT("history.lightPressure", Kind.ONE, Group.HISTORY),
    HISTORY_DAYS("history.days", Kind.NUMBER, Group.HISTORY),
    HISTORY_OUTCOME("history.outcome", Kind.ONE, Group.HISTORY),
    HISTORY_REACTIONS("history.negativeReactions", Kind.ONE, Group.HISTORY),
    HISTORY_STYLE("history.professionalStyle", Kind.ONE, Group.HISTORY),
    /** "Where have you pressed to look?": every place pressed at once, the sites worth pressing listed first. */
    SPOTS_WHERE("spots", Kind.PLACES, Group.SPOT),
    /**
     * "At X, what did you find?": one checklist per place pressed, its tenderness and the details that matter
     * (relevant? good pain? ...) in the article's order.
     */
    SPOT("spots[]", Kind.CHECKLIST, Group.SPOT),
    SPOT_RELEVANT("spots[].relevant", Kind.ONE, Group.SPOT),
    SPOT_GOOD_PAIN("spots[].goodPain", Kind.ONE, Group.SPOT),
    SPOT_BUMP("spots[].bumpOrTwitch", Kind.ONE, Group.SPOT),
    SPOT_FIBRES("spots[].fibreDirectionKnown", Kind.ONE, Group.SPOT);

    /** How a question is answered. */
    public enum Kind {
        /** one of the choices */
        ONE,
        /** any of the choices, or none */
        MANY,
        /** a number between the question's min and max */
        NUMBER,
        /** one or more of the knowledge base's regions */
        REGIONS,
        /** any of the knowledge base's regions, or none */
        PLACES,
        /** any of the question's items, each setting one field (unchosen ones get their "otherwise"), or none */
        CHECKLIST
    }

    /** Where a question stands in the order of asking. */
    public enum Group { OPENING, RED_FLAG, CAUTION, CHECKLIST, GENERAL, HISTORY, SPOT }

    /** The values of a {@code spots[R]} path: a spot pressed there, tender or not, or none pressed there. */
    public static final String TENDER = "tender";
    public static final String NOT_TENDER = "not-tender";
    public static final String NOT_PRESSED = "not-pressed";
    static final Set<String> SPOT_ANSWERS = Set.of(TENDER, NOT_TENDER, NOT_PRESSED);

    private final String template;
    private final Kind kind;
    private final Group group;

    Askable(String template, Kind kind, Group group) {
        this.template = template;
        this.kind = kind;
        this.group = group;
    }

    /** The field as the questions file names it, e.g. {@code history.days} or {@code spots[].relevant}. */
    public String template() {
        return template;
    }

    public Kind kind() {
        return kind;
    }

    public Group group() {
        return group;
    }

    /** Whether the contract lets the answer stay unknown (a "not sure" choice). */
    public boolean mayStayUnknown() {
        return kind != Kind.REGIONS && kind != Kind.PLACES && kind != Kind.CHECKLIST && this != RED_FLAGS && this != HISTORY;
    }

    public static Optional<Askable> byTemplate(String template) {
        return Arrays.stream(values()).filter(a -> a.template.equals(template)).findFirst();
    }

    /** The field of a concrete path: {@code spots[calf].relevant} is {@code spots[].relevant}. */
    public static Optional<Askable> ofPath(String path) {
        return byTemplate(Paths.template(path));
    }

    static List<Askable> inGroup(Group g) {
        return Arrays.stream(values()).filter(a -> a.group == g).toList();
    }
}
