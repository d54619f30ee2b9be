package org.knotwise.service.http;

/** One route's work, in blocking style; throw {@link HttpError} for an error answer. */
@FunctionalInterface
public interface Endpoint {
    void handle(Exchange exchange) throws Exception;
}
