package org.knotwise.kb;

/**
 * A caution or red flag and the public page it rests on, from {@code cautions.csv}.
 *
 * @param code       a caution code of the contract (§7.6, e.g. {@code POSSIBLE_CLOT}), a muscle
 *                   caution ({@code ABDOMEN}) or a red-flag code (§4, e.g. {@code saddle-numbness})
 * @param title      one plain line saying what it means
 * @param sourceName the publisher and page title
 * @param sourceUrl  the page
 */
public record Caution(String code, String title, String sourceName, String sourceUrl) {
}
