-- Nothing at rest links an anonymous pain report to its author or to another report of the same person
-- (product.md, Confidentiality), and employee figures are published when a cycle closes, never live.

-- 1. One key per report. Until now a person's reports in a cycle all shared one reporter key, so a self-join
--    named the author of an anonymous report through their named one. The key is now a hash of that
--    per-person key and the process (friction/ReporterKeys computes the same for new reports), so no two
--    reports of one person share a value; the per-person key itself is stored nowhere.
--    The key becomes the primary key: an AUTO_INCREMENT id told the order of filing, next to a named
--    report's id, and kept the rows in that order on disk.
UPDATE pain_report SET reporter_key = SHA2(CONCAT(reporter_key, ':', process_id), 256);
ALTER TABLE pain_report MODIFY id BIGINT NOT NULL;
ALTER TABLE pain_report DROP PRIMARY KEY, DROP COLUMN id;
ALTER TABLE pain_report RENAME COLUMN reporter_key TO report_key;
ALTER TABLE pain_report ADD PRIMARY KEY (report_key);
ALTER TABLE pain_report DROP INDEX uk_pain_report_reporter;

-- 2. The day, not the time: millisecond timestamps matched the sign-ins of the audit log.
ALTER TABLE pain_report ADD COLUMN filed_on DATE NULL, ADD COLUMN changed_on DATE NULL;
UPDATE pain_report SET filed_on = DATE(created_at), changed_on = DATE(updated_at);
ALTER TABLE pain_report MODIFY filed_on DATE NOT NULL, MODIFY changed_on DATE NOT NULL,
    DROP COLUMN created_at, DROP COLUMN updated_at;

-- 3. The figures a closed cycle published: written once, in the transaction that closes it, and never
--    changed. A hidden group keeps its row (so "hidden" and "no reports" look alike) with no figures.
--    Cycles closed before this migration are published at the next start (friction/PainPublisher).
CREATE TABLE pain_publication (
    cycle_id             BIGINT         NOT NULL,
    anonymity_threshold  INT            NOT NULL,
    published_on         DATE           NOT NULL,
    PRIMARY KEY (cycle_id),
    CONSTRAINT fk_pain_publication_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- kind: COMPANY (no team, no process), TEAM, PROCESS, or CELL (one team on one process; never shown as
-- figures, it decides where improvement ideas may appear with a team's name). The sums are of the
-- reports' ratings; reporters is null, and so are the sums, for a hidden group.
CREATE TABLE pain_figures (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    cycle_id             BIGINT         NOT NULL,
    kind                 VARCHAR(8)     NOT NULL,
    team_id              BIGINT         NULL,
    process_id           BIGINT         NULL,
    reporters            INT            NULL,
    reports              INT            NULL,
    time_wasted          INT            NULL,
    tools                INT            NULL,
    handoffs             INT            NULL,
    rules                INT            NULL,
    customer_pressure    INT            NULL,
    hours_lost           DECIMAL(9,1)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pain_figures_publication FOREIGN KEY (cycle_id) REFERENCES pain_publication (cycle_id),
    CONSTRAINT fk_pain_figures_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_pain_figures_process FOREIGN KEY (process_id) REFERENCES business_process (id),
    CONSTRAINT ck_pain_figures_kind CHECK (kind IN ('COMPANY', 'TEAM', 'PROCESS', 'CELL')),
    CONSTRAINT ck_pain_figures_hidden CHECK ((reporters IS NULL) = (reports IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pain_figures_cycle ON pain_figures (cycle_id, kind);
CREATE INDEX ix_pain_figures_team ON pain_figures (team_id);
CREATE INDEX ix_pain_figures_process ON pain_figures (process_id);
