package org.knotwise.kb;

/**
 * A caution or red flag and the public page it rests on, from {@code cautions.csv}. What it says is in
 * the message files, one per language, not here.
 *
 * @param code       a caution code of the contract (§7.6, e.g. {@code POSSIBLE_CLOT}), a muscle
 *                   caution ({@code ABDOMEN}) or a red-flag code (§4, e.g. {@code saddle-numbness})
 * @param title      null: the words people read are the message files' ({@code caution.<CODE>},
 *                   {@code redflag.<code>}); a rules folder made before them may still have a title column
 * @param sourceName the publisher and page title
 * @param sourceUrl  the page
 */
public record Caution(String code, String title, String sourceName, String sourceUrl) {

    /** How an answer cites it: the page's name, then its address. */
    public String citation() {
        return sourceName + ", " + sourceUrl;
    }
}
