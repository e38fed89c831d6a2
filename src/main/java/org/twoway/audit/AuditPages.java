package org.twoway.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.system.Paging;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/** HR reads the audit log, newest first, all of it or one action's, a page at a time. */
@Path("/hr/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class AuditPages {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AuditEntry> entries, List<AuditAction> actions, AuditAction chosen,
                Paging paging);
    }

    @GET
    public TemplateInstance list(@RestQuery String action, @RestQuery @DefaultValue("1") int page) {
        AuditAction chosen = action(action);
        Paging paging = Paging.of(page, AuditEntry.countOf(chosen), PAGE_SIZE);
        return Templates.list(AuditEntry.newestFirst(chosen, paging), List.of(AuditAction.values()),
                chosen, paging);
    }

    private static AuditAction action(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> Refusal.invalid("action", "There is no action “" + name + "” in the audit log."));
    }
}
