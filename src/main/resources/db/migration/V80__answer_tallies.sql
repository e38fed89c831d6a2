-- Running totals of the customers' answers, kept by the database itself, so that a cycle's report reads
-- one row per employee and customer (and per process and employee) instead of every answer: a
-- 1,000,000-answer cycle is summed from about 60,000 rows. Triggers keep them exact whichever way an
-- answer arrives (the customer's form, the demo company, a bulk load) or leaves.
-- A database user other than root needs the TRIGGER privilege to run this migration, and on MySQL with
-- binary logging also log_bin_trust_function_creators=ON.
CREATE TABLE answer_pair_tally (
    cycle_id     BIGINT  NOT NULL,
    employee_id  BIGINT  NOT NULL,
    customer_id  BIGINT  NOT NULL,
    answers      INT     NOT NULL,
    score_sum    INT     NOT NULL,
    company_sum  INT     NOT NULL,
    person       INT     NOT NULL,
    channel      INT     NOT NULL,
    escalate     INT     NOT NULL,
    PRIMARY KEY (cycle_id, employee_id, customer_id),
    CONSTRAINT fk_answer_pair_tally_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_answer_pair_tally_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_answer_pair_tally_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per process and employee rather than per process alone, so that answers arriving at once about
-- different people never wait for one another's row.
CREATE TABLE answer_process_tally (
    cycle_id     BIGINT  NOT NULL,
    process_id   BIGINT  NOT NULL,
    employee_id  BIGINT  NOT NULL,
    answers      INT     NOT NULL,
    score_sum    INT     NOT NULL,
    PRIMARY KEY (cycle_id, process_id, employee_id),
    CONSTRAINT fk_answer_process_tally_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_answer_process_tally_process FOREIGN KEY (process_id) REFERENCES business_process (id),
    CONSTRAINT fk_answer_process_tally_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO answer_pair_tally (cycle_id, employee_id, customer_id, answers, score_sum, company_sum, person, channel, escalate)
SELECT cycle_id, employee_id, customer_id, COUNT(*), SUM(responsiveness + solved + promises), SUM(company),
       SUM(first_contact = 'PERSON'), SUM(first_contact = 'CHANNEL'), SUM(first_contact = 'ESCALATE')
FROM customer_rating GROUP BY cycle_id, employee_id, customer_id;

INSERT INTO answer_process_tally (cycle_id, process_id, employee_id, answers, score_sum)
SELECT cycle_id, process_id, employee_id, COUNT(*), SUM(responsiveness + solved + promises)
FROM customer_rating WHERE process_id IS NOT NULL GROUP BY cycle_id, process_id, employee_id;

CREATE TRIGGER answer_counted_by_pair AFTER INSERT ON customer_rating FOR EACH ROW
    INSERT INTO answer_pair_tally (cycle_id, employee_id, customer_id, answers, score_sum, company_sum, person, channel, escalate)
    VALUES (NEW.cycle_id, NEW.employee_id, NEW.customer_id, 1, NEW.responsiveness + NEW.solved + NEW.promises,
            NEW.company, NEW.first_contact = 'PERSON', NEW.first_contact = 'CHANNEL', NEW.first_contact = 'ESCALATE')
    ON DUPLICATE KEY UPDATE answers = answers + 1,
        score_sum = score_sum + NEW.responsiveness + NEW.solved + NEW.promises,
        company_sum = company_sum + NEW.company,
        person = person + (NEW.first_contact = 'PERSON'),
        channel = channel + (NEW.first_contact = 'CHANNEL'),
        escalate = escalate + (NEW.first_contact = 'ESCALATE');

CREATE TRIGGER answer_counted_by_process AFTER INSERT ON customer_rating FOR EACH ROW
    INSERT INTO answer_process_tally (cycle_id, process_id, employee_id, answers, score_sum)
    SELECT NEW.cycle_id, NEW.process_id, NEW.employee_id, 1, NEW.responsiveness + NEW.solved + NEW.promises
    FROM DUAL WHERE NEW.process_id IS NOT NULL
    ON DUPLICATE KEY UPDATE answers = answers + 1,
        score_sum = score_sum + NEW.responsiveness + NEW.solved + NEW.promises;

CREATE TRIGGER answer_uncounted_by_pair AFTER DELETE ON customer_rating FOR EACH ROW
    UPDATE answer_pair_tally SET answers = answers - 1,
        score_sum = score_sum - OLD.responsiveness - OLD.solved - OLD.promises,
        company_sum = company_sum - OLD.company,
        person = person - (OLD.first_contact = 'PERSON'),
        channel = channel - (OLD.first_contact = 'CHANNEL'),
        escalate = escalate - (OLD.first_contact = 'ESCALATE')
    WHERE cycle_id = OLD.cycle_id AND employee_id = OLD.employee_id AND customer_id = OLD.customer_id;

CREATE TRIGGER answer_uncounted_by_process AFTER DELETE ON customer_rating FOR EACH ROW
    UPDATE answer_process_tally SET answers = answers - 1,
        score_sum = score_sum - OLD.responsiveness - OLD.solved - OLD.promises
    WHERE cycle_id = OLD.cycle_id AND process_id = OLD.process_id AND employee_id = OLD.employee_id;
