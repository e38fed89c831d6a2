package org.twoway.system;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a created thing can be read back through the API: its collection, filtered by its natural key. */
public final class Locations {

    private Locations() {
    }

    /**
     * {@code /api/v1/customers?ref=ACME%201}, the path of the collection's resource: spaces as %20, which every client
     * decodes the same way.
     */
    public static URI byKey(Class<?> collection, String key, String value) {
        return URI.create(UriBuilder.fromResource(collection).toTemplate() + "?" + key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
