-- Both sides in writing (loop.md 3 and 4).

-- A promise beyond a customer's written tier, and HR's decision on it. The table belongs to special/.
CREATE TABLE special_situation (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    cycle_id             BIGINT         NOT NULL,
    customer_id          BIGINT         NOT NULL,
    what                 VARCHAR(2000)  NOT NULL,
    estimated_hours      DECIMAL(6,2)   NOT NULL,
    -- Who promised it: an employee, or NULL when HR itself did.
    promised_by          BIGINT         NULL,
    -- The follow-up it was agreed in, when it came from one.
    follow_up_id         BIGINT         NULL,
    recorded_by          BIGINT         NOT NULL,
    recorded_at          TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    decision             VARCHAR(8)     NULL,
    reason               VARCHAR(2000)  NULL,
    decided_by           BIGINT         NULL,
    decided_at           TIMESTAMP(3)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_special_situation_follow_up UNIQUE (follow_up_id),
    CONSTRAINT fk_special_situation_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_special_situation_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_special_situation_promised_by FOREIGN KEY (promised_by) REFERENCES employee (id),
    CONSTRAINT fk_special_situation_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id),
    CONSTRAINT fk_special_situation_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id),
    CONSTRAINT fk_special_situation_decided_by FOREIGN KEY (decided_by) REFERENCES user_account (id),
    CONSTRAINT ck_special_situation_hours CHECK (estimated_hours > 0 AND estimated_hours <= 744),
    CONSTRAINT ck_special_situation_decision CHECK (decision IS NULL OR decision IN ('APPROVED', 'DECLINED')),
    CONSTRAINT ck_special_situation_decided CHECK ((decision IS NULL) = (decided_at IS NULL) AND (decision IS NULL) = (reason IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_special_situation_cycle_customer ON special_situation (cycle_id, customer_id);

-- What HR said will change about a process, who carries it, by when, and how far it got. The table belongs to friction/.
-- No column says anything about who reported pain on the process.
CREATE TABLE process_action (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    cycle_id             BIGINT         NOT NULL,
    process_id           BIGINT         NOT NULL,
    what                 VARCHAR(2000)  NOT NULL,
    -- An employee's name or a role, in words.
    carried_by           VARCHAR(200)   NOT NULL,
    due_on               DATE           NOT NULL,
    state                VARCHAR(12)    NOT NULL DEFAULT 'PLANNED',
    recorded_by          BIGINT         NOT NULL,
    recorded_at          TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    started_at           TIMESTAMP(3)   NULL,
    done_at              TIMESTAMP(3)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_process_action_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_process_action_process FOREIGN KEY (process_id) REFERENCES business_process (id),
    CONSTRAINT fk_process_action_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id),
    CONSTRAINT ck_process_action_state CHECK (state IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT ck_process_action_done CHECK ((state = 'DONE') = (done_at IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_process_action_cycle_process ON process_action (cycle_id, process_id);
