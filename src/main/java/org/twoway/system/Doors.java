package org.twoway.system;

import io.vertx.ext.web.RoutingContext;

/**
 * Twoway has two doors: the JSON API under {@code /api/} (HTTP Basic, JSON, problem+json) and the pages (the login
 * cookie, forms, HTML). Every rule that tells them apart reads the normalised path, the one routing uses, so that
 * {@code /api/../hr/teams/4/deactivate} is the page it reaches and gets a page's checks.
 */
public final class Doors {

    public static final String API = "/api/";

    private Doors() {
    }

    public static boolean isApi(RoutingContext context) {
        return context.normalizedPath().startsWith(API);
    }
}
