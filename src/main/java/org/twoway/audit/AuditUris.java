package org.twoway.audit;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/** Links to the audit log, for templates: {@code {uri:audit}}, each path taken from {@link AuditPages}. */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 1)
public class AuditUris {

    private static final PathTemplate AUDIT = PathTemplate.of(AuditPages.class);

    static String audit() {
        return AUDIT.with();
    }
}
