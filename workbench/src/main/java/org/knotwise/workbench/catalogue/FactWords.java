package org.knotwise.workbench.catalogue;

import java.util.Map;

/**
 * A small vocabulary for saying what a rule checks: each fact type as a noun, and the fields whose
 * plain name reads badly. Fields not listed are read from their name ({@code sessionsPerDay}:
 * "sessions per day"), so a new field still reads, only less well.
 */
final class FactWords {

    /** A fact as a noun, with its article: "a pressed spot", "the complaint". */
    record Noun(String article, String words) {
        String withArticle() {
            return article.isEmpty() ? words : article + " " + words;
        }
    }

    /** A yes/no field as the two things it can say. */
    record YesNo(String yes, String no) {
    }

    private static final Map<String, Noun> NOUNS = Map.ofEntries(
            Map.entry("PressedSpot", new Noun("a", "pressed spot")),
            Map.entry("PainRegion", new Noun("a", "pain region")),
            Map.entry("PainComplaint", new Noun("the", "complaint")),
            Map.entry("Person", new Noun("the", "person")),
            Map.entry("MassageHistory", new Noun("the", "massage tried so far")),
            Map.entry("Candidate", new Noun("a", "candidate site")),
            Map.entry("Exclusion", new Noun("a", "spot set aside")),
            Map.entry("RedFlag", new Noun("a", "red flag")),
            Map.entry("Caution", new Noun("a", "caution")),
            Map.entry("Plan", new Noun("the", "self-massage plan")),
            Map.entry("Referral", new Noun("a", "row of the referred-pain map")),
            Map.entry("Region", new Noun("the", "knowledge base's row for the region")),
            Map.entry("String", new Noun("a", "muscle")),
            Map.entry("ProfessionalAdvice", new Noun("a", "piece of professional advice")),
            Map.entry("Tip", new Noun("a", "tip")),
            Map.entry("Expectation", new Noun("an", "expectation")),
            Map.entry("Advice", new Noun("a", "correction")),
            Map.entry("SiteRanking", new Noun("the", "ranking of the sites")));

    private static final Map<String, YesNo> YES_NO = Map.ofEntries(
            Map.entry("PressedSpot.tender", new YesNo("it is tender", "it is not tender")),
            Map.entry("PressedSpot.bumpOrTwitch", new YesNo("a bump or twitch was felt", "no bump or twitch was felt")),
            Map.entry("PressedSpot.notRelevant", new YesNo("the person says it is not related to the complaint",
                    "the person has not said it is unrelated to the complaint")),
            Map.entry("PressedSpot.surelyRelevant", new YesNo("the person says it feels related to the complaint",
                    "the person has not said it feels related to the complaint")),
            Map.entry("PressedSpot.goodPainFelt", new YesNo("pressing it gave the 'good pain' of soreness and relief",
                    "pressing it gave no 'good pain'")),
            Map.entry("PressedSpot.atPain", new YesNo("it is at the pain", "it is not at the pain")),
            Map.entry("PainComplaint.swelling", new YesNo("there is swelling", "there is no swelling")),
            Map.entry("Person.anticoagulants", new YesNo("takes blood thinners or has a bleeding disorder",
                    "takes no blood thinners")),
            Map.entry("Person.pregnant", new YesNo("is pregnant", "is not pregnant")),
            Map.entry("MassageHistory.lightPressure", new YesNo("light pressure was part of it", "no light pressure was used")),
            Map.entry("MassageHistory.negativeReactionsReported", new YesNo("bad reactions after sessions were reported",
                    "no bad reactions were reported")),
            Map.entry("Candidate.hardToReach", new YesNo("its muscles are hard to press yourself (deep)",
                    "its muscles are within reach")),
            Map.entry("PainRegion.wide", new YesNo("it is a wide area (room for a foam roller)", "it is not a wide area")),
            Map.entry("Region.wide", new YesNo("it is a wide area (room for a foam roller)", "it is not a wide area")),
            Map.entry("Plan.startGentle", new YesNo("it starts gently", "it does not start gently")));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("MassageHistory.days", "the number of days it was tried"),
            Map.entry("MassageHistory.minutesPerSession", "the minutes per session"),
            Map.entry("MassageHistory.sessionsPerDay", "the sessions a day"),
            Map.entry("MassageHistory.intensity", "the intensity (out of 10)"),
            Map.entry("MassageHistory.professionalStyle", "the professional's style"),
            Map.entry("PainComplaint.durationDays", "how long it has hurt (days)"),
            Map.entry("PainComplaint.severity", "the severity (out of 10)"),
            Map.entry("PainComplaint.quality", "the words for the pain"),
            Map.entry("PainComplaint.onset", "how it began"),
            Map.entry("PressedSpot.relevant", "whether it feels related to the complaint"),
            Map.entry("PressedSpot.index", "its place in the list of pressed spots"),
            Map.entry("Candidate.spotIndex", "the pressed spot it comes from"),
            Map.entry("Candidate.basis", "what it rests on"),
            Map.entry("Candidate.relatesTo", "the pain it explains"),
            Map.entry("Candidate.absorbed", "the map rows it already merges"),
            Map.entry("Exclusion.spotIndex", "the pressed spot"),
            Map.entry("Referral.rank", "its place among the map's rows for that pain (0 = most likely)"),
            Map.entry("Referral.triggerRegion", "the trigger-point region"),
            Map.entry("PressedSpot.surelyRelevant", "whether the person says it feels related"),
            Map.entry("PressedSpot.goodPainFelt", "whether it gave 'good pain'"),
            Map.entry("index", "the place in the list of pressed spots"),
            Map.entry("spotIndex", "the pressed spot"),
            Map.entry("triggerRegion", "the trigger-point region"));

    /** Constants the rules compare with, in words. */
    private static final Map<String, String> CONSTANTS = Map.of(
            "Candidate.PALPATED", "a pressed spot (palpated)",
            "Candidate.REFERRAL", "the referred-pain map",
            "Candidate.AREA", "a search around the pain");

    private FactWords() {
    }

    static Noun noun(String type) {
        String simple = type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
        if (simple.equals("List")) {
            return new Noun("a", "list");
        }
        if (simple.equals("Number")) {
            return new Noun("a", "number");
        }
        Noun n = NOUNS.get(simple);
        return n != null ? n : new Noun("a", camelWords(simple));
    }

    static YesNo yesNo(String type, String field) {
        YesNo y = YES_NO.get(simple(type) + "." + field);
        if (y != null) {
            return y;
        }
        String words = camelWords(field);
        return new YesNo("it is " + words, "it is not " + words);
    }

    static String field(String type, String field) {
        String f = FIELDS.getOrDefault(simple(type) + "." + field, FIELDS.get(field));
        return f != null ? f : "the " + camelWords(field);
    }

    static String constant(String text) {
        return CONSTANTS.get(text);
    }

    private static String simple(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    /** {@code sessionsPerDay} as "sessions per day". */
    static String camelWords(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
