package org.knotwise.engine.model;

import java.util.List;

/** Whether and how urgently to see a professional, the reason codes, and advice on whom to see. */
public record Professional(boolean recommended, String urgency, List<String> reasons, List<String> advice) {
}
