package org.twoway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;

/** One of a report page's tables as a CSV download, written to the audit log like every export. */
@ApplicationScoped
class TableDownloads {

    private final AuditLog audit;

    TableDownloads(AuditLog audit) {
        this.audit = audit;
    }

    Response csv(String table, List<Table> tables, String fileName) {
        Table chosen = Table.named(table, tables);
        audit.record(AuditAction.EXPORTED, "CSV of the table “" + table + "” of " + fileName);
        return chosen.csv(fileName);
    }
}
