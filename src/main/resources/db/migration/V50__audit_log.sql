-- The audit log: who did what to what, and when. Rows are only ever added; HR reads them newest first,
-- all of them or one action's.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    target      VARCHAR(500) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_entry_action ON audit_entry (action, id);
