package org.twoway.effort;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * HR imports effort from a CSV file: upload, a preview that lists every bad row, then a confirmed
 * import of all rows or none, which runs in the background while a progress page refreshes itself.
 */
@Path("/hr/cycles/{id}/effort/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class EffortImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(ReviewCycle cycle, String problem);

        static native TemplateInstance preview(ReviewCycle cycle, EffortCsv.Parsed parsed, String uploadId);

        static native TemplateInstance progress(ReviewCycle cycle, ImportJobs.Job job);
    }

    private final EffortLookups lookups;
    private final PendingImports pending;
    private final ImportJobs jobs;
    private final SecurityIdentity identity;

    EffortImportPages(EffortLookups lookups, PendingImports pending, ImportJobs jobs, SecurityIdentity identity) {
        this.lookups = lookups;
        this.pending = pending;
        this.jobs = jobs;
        this.identity = identity;
    }

    @GET
    public TemplateInstance showUpload(@RestPath long id) {
        return Templates.upload(ReviewCycle.requireOpen(id, "effort is frozen"), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestPath long id, @RestForm("file") FileUpload file) throws IOException {
        ReviewCycle cycle = ReviewCycle.requireOpen(id, "effort is frozen");
        if (file == null || file.size() == 0) {
            return Response.status(400).entity(Templates.upload(cycle, "Choose a CSV file to upload.")).build();
        }
        EffortCsv.Parsed parsed;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            parsed = EffortCsv.parse(in, lookups);
        }
        if (!parsed.ok()) {
            return Response.status(400).entity(Templates.preview(cycle, parsed, null)).build();
        }
        String uploadId = pending.keep(owner(), cycle.id, parsed.rows());
        return Response.ok(Templates.preview(cycle, parsed, uploadId)).build();
    }

    @POST
    @Path("{uploadId}")
    public Response confirm(@RestPath long id, @RestPath String uploadId) {
        ReviewCycle cycle = ReviewCycle.requireOpen(id, "effort is frozen");
        EffortRows rows = pending.take(uploadId, owner(), cycle.id).orElse(null);
        if (rows == null) {
            return Response.status(409).entity(Templates.upload(cycle,
                    "This preview has expired or was already imported. Upload the file again to see a new preview.")).build();
        }
        String jobId = jobs.start(owner(), cycle.id, rows);
        return Response.seeOther(URI.create(EffortUris.effortImportJob(cycle.id, jobId))).build();
    }

    @GET
    @Path("jobs/{jobId}")
    public TemplateInstance progress(@RestPath long id, @RestPath String jobId) {
        ImportJobs.Job job = jobs.find(jobId, owner(), id)
                .orElseThrow(() -> Refusal.notFound("There is no such import of yours; imports are remembered for an hour."));
        return Templates.progress(ReviewCycle.findById(id), job);
    }

    private String owner() {
        return identity.getPrincipal().getName();
    }
}
