package org.twoway.customers;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The written commitment of every active service tier, readable by everyone who signs in: one rule for all. */
@Path("/tiers")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CommitmentsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance commitments(List<ServiceTier> tiers);
    }

    @GET
    public TemplateInstance show() {
        return Templates.commitments(ServiceTier.listActive());
    }
}
