package org.knotwise.workbench.consult;

/** Region ids in plain words. */
final class Words {
    private Words() {
    }

    /** {@code wrist-back} as "the back of the wrist" would need a table; "wrist back" reads well enough. */
    static String region(String id) {
        return id.replace('-', ' ');
    }
}
