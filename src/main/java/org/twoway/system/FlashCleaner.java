package org.twoway.system;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Removes the flash cookie once a page has shown its message, and keeps dynamic pages out of caches. */
public class FlashCleaner {

    private final Flash flash;

    FlashCleaner(Flash flash) {
        this.flash = flash;
    }

    @ServerResponseFilter
    public void afterPage(ContainerResponseContext response) {
        if (flash.wasShown()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.cookie(null).toString());
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
