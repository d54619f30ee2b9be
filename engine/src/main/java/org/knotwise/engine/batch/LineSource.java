package org.knotwise.engine.batch;

import java.io.IOException;

/** Input lines one at a time, in input order; null at the end. */
@FunctionalInterface
interface LineSource {
    InputLine next() throws IOException;
}
