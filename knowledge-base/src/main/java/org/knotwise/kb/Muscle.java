package org.knotwise.kb;

/**
 * One muscle of the referred-pain map, as {@code muscles.csv} describes it.
 *
 * @param name    the muscle, in plain lower-case English, as the map names it
 * @param region  where its trigger points are pressed (a region id); every map row naming the
 *                muscle places it here
 * @param deep    true when it lies under other muscles or inside the mouth, so a person cannot
 *                press it well on their own
 * @param caution a caution code ({@code FRONT_OF_NECK}, {@code ABDOMEN}) or null
 * @param source  the public source of this row
 * @param line    the line of muscles.csv it came from
 */
public record Muscle(String name, String region, boolean deep, String caution, String source, int line) {

    public boolean hasCaution() {
        return caution != null;
    }
}
