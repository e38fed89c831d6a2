-- Scale out: what one request leaves for the next lives here, not in one JVM, so any node can continue it.
-- Each row expires; the owning class deletes expired rows of its kind as it writes a new one.

-- Freshly issued links (feedback/FreshLinks) for their one showing and one CSV. The handle is kept only as its
-- SHA-256; the links, with their plain tokens, only AES-GCM encrypted under a key derived from the session key.
CREATE TABLE fresh_link_batch (
    handle_hash  CHAR(64)      NOT NULL,
    owner        VARCHAR(255)  NOT NULL,
    cycle_id     BIGINT        NOT NULL,
    page_shown   BOOLEAN       NOT NULL DEFAULT FALSE,
    csv_taken    BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    expires_at   TIMESTAMP(3)  NOT NULL,
    iv           BINARY(12)    NOT NULL,
    payload      MEDIUMBLOB    NOT NULL,
    PRIMARY KEY (handle_hash),
    KEY fresh_link_batch_expires (expires_at)
);

-- An uploaded effort file's checked rows waiting for HR's confirmation (effort/PendingImports), at most one per
-- person: the rows as one Deflater-compressed blob of three numbers each (employee id, customer id, hundredths).
CREATE TABLE effort_import_upload (
    id_hash     CHAR(64)      NOT NULL,
    owner       VARCHAR(255)  NOT NULL,
    cycle_id    BIGINT        NOT NULL,
    row_count   INT           NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    expires_at  TIMESTAMP(3)  NOT NULL,
    checked_rows LONGBLOB     NOT NULL,
    PRIMARY KEY (id_hash),
    KEY effort_import_upload_owner (owner),
    KEY effort_import_upload_expires (expires_at)
);

-- A confirmed effort import running in the background (effort/ImportJobs) and, for an hour after, its outcome. The
-- node running it commits the rows written so far after every batch, so any node's progress page can show it; a
-- running job whose updated_at stopped moving lost its node (twoway.effort.import-stalled-after).
CREATE TABLE effort_import_job (
    id           CHAR(43)       NOT NULL,
    owner        VARCHAR(255)   NOT NULL,
    cycle_id     BIGINT         NOT NULL,
    state        VARCHAR(16)    NOT NULL,
    written      INT            NOT NULL DEFAULT 0,
    total        INT            NOT NULL,
    hours        DECIMAL(14,2)  NOT NULL,
    message      VARCHAR(1000)  NULL,
    started_at   TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    finished_at  TIMESTAMP(3)   NULL,
    updated_at   TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY effort_import_job_updated (updated_at)
);
