package org.twoway.people;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a login cookie, to be turned into the signed-in account. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
