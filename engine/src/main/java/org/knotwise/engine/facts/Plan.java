package org.knotwise.engine.facts;

import org.knotwise.engine.text.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The self-massage plan the rules fill in. It only exists when self-care is open (no red flag).
 * It is a result holder: no rule reacts to its fields, so rules set them without {@code modify}.
 */
public class Plan implements Describable {
    public static final String HOLD = "HOLD";
    public static final String KNEADING = "KNEADING";
    public static final String CIRCULAR_OR_BACK_AND_FORTH = "CIRCULAR_OR_BACK_AND_FORTH";
    public static final String PARALLEL_TO_FIBRES = "PARALLEL_TO_FIBRES";

    private String method;
    private int holdSecondsMin;
    private int holdSecondsMax;
    private String strokes;
    private final Map<String, Text> fibreDirectionBySite = new LinkedHashMap<>();
    private int intensityMin;
    private int intensityMax;
    private boolean startGentle;
    private boolean lightPressure;
    private int sessionSecondsStart;
    private int sessionSecondsMax;
    private int sessionsPerDayMin;
    private int sessionsPerDayMax;
    private final Map<String, List<String>> toolsBySite = new LinkedHashMap<>();
    private final Map<String, List<String>> toolLimitsBySite = new LinkedHashMap<>();
    private final Set<String> toolsRuledOut = new TreeSet<>();

    public String getMethod() { return method; }
    public String getStrokes() { return strokes; }
    /** How the fibres run at each candidate site where that is known; the engine shows the best-ranked one. */
    public Map<String, Text> getFibreDirectionBySite() { return fibreDirectionBySite; }
    public int getHoldSecondsMin() { return holdSecondsMin; }
    public int getHoldSecondsMax() { return holdSecondsMax; }
    public int getIntensityMin() { return intensityMin; }
    public int getIntensityMax() { return intensityMax; }
    public boolean isStartGentle() { return startGentle; }
    public boolean isLightPressure() { return lightPressure; }
    public int getSessionSecondsStart() { return sessionSecondsStart; }
    public int getSessionSecondsMax() { return sessionSecondsMax; }
    public int getSessionsPerDayMin() { return sessionsPerDayMin; }
    public int getSessionsPerDayMax() { return sessionsPerDayMax; }
    /** Tools that reach each candidate site; the engine orders them by the sites' rank. */
    public Map<String, List<String>> getToolsBySite() { return toolsBySite; }

    /** Press and hold, for a number of seconds. */
    public void holdFor(int minSeconds, int maxSeconds) {
        method = HOLD;
        holdSecondsMin = minSeconds;
        holdSecondsMax = maxSeconds;
        if (strokes == null) strokes = CIRCULAR_OR_BACK_AND_FORTH;
    }

    /** Small kneading strokes; hold times still apply to pauses on the spot. */
    public void knead(String strokes) {
        method = KNEADING;
        this.strokes = strokes;
    }

    /** Records how the fibres run at a candidate site. */
    public void fibreDirectionAt(String region, Text direction) { fibreDirectionBySite.put(region, direction); }

    /** In a rule folder's own words, the same in every language. */
    public void fibreDirectionAt(String region, String direction) { fibreDirectionAt(region, Text.literal(direction)); }

    public void intensityBetween(int min, int max) {
        intensityMin = min;
        intensityMax = max;
    }

    /**
     * Keeps the pressure at or below {@code max} out of 10 (a caution asks for it), with a range
     * two points wide below it; never raises what is already gentler.
     */
    public void gentlerThan(int max) {
        intensityMax = Math.min(intensityMax, max);
        intensityMin = Math.min(intensityMin, Math.max(1, intensityMax - 2));
    }

    /** Tools no site may use, whatever reaches it (e.g. hard tools with blood thinners). */
    public void ruleOutTools(List<String> tools) { toolsRuledOut.addAll(tools); }

    public Set<String> getToolsRuledOut() { return toolsRuledOut; }

    public void setStartGentle(boolean startGentle) { this.startGentle = startGentle; }

    public void setLightPressure(boolean lightPressure) { this.lightPressure = lightPressure; }

    public void sessionSeconds(int start, int max) {
        sessionSecondsStart = start;
        sessionSecondsMax = max;
    }

    public void sessionsPerDay(int min, int max) {
        sessionsPerDayMin = min;
        sessionsPerDayMax = max;
    }

    /**
     * The only tools allowed at a site, whatever reaches it (a caution, e.g. the front of the neck).
     * When that site ranks first, the plan's tools are these alone: a tool listed for another site
     * would end up used there too.
     */
    public void limitToolsAt(String region, List<String> tools) {
        toolLimitsBySite.put(region, List.copyOf(tools));
    }

    /** The sites whose tools a caution limits, with the tools allowed there. */
    public Map<String, List<String>> getToolLimitsBySite() { return toolLimitsBySite; }

    /** The tools for a site: its limit when a caution set one, else what reaches it. */
    public List<String> toolsAt(String region) {
        List<String> limit = toolLimitsBySite.get(region);
        return limit != null ? limit : toolsBySite.getOrDefault(region, List.of());
    }

    /** Records which tools reach a candidate site, best first. */
    public void toolsFor(String region, List<String> tools) {
        toolsBySite.put(region, List.copyOf(tools));
    }

    @Override
    public String describe() { return "self-massage plan"; }
}
