package org.twoway.system;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a created thing can be read back through the API: its collection, filtered by its natural key. */
public final class Locations {

    private Locations() {
    }

    /** {@code /api/v1/customers?ref=ACME%201}: spaces as %20, which every client decodes the same way. */
    public static URI byKey(String collection, String key, String value) {
        return URI.create(collection + "?" + key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
