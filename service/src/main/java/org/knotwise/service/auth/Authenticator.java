package org.knotwise.service.auth;

/** Decides whether a request may use an authenticated endpoint. */
public interface Authenticator {

    /**
     * @param authorization the Authorization header, or null
     * @param endpointUrl   the URL called, which the token's audience must name
     * @throws AuthException when the request is not allowed (answered with 401)
     */
    void authenticate(String authorization, String endpointUrl) throws AuthException;

    /** Lets every request through: {@code --insecure-no-auth}, for local trials only. */
    Authenticator NONE = (authorization, endpointUrl) -> { };

    final class AuthException extends Exception {
        public AuthException(String message) {
            super(message);
        }
    }
}
