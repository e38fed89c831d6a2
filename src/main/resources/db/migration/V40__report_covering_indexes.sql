-- The cycle report reads a cycle's answers twice: grouped by employee and customer, and grouped by
-- process. These indexes hold every column those sums need, so both are index-only scans in index
-- order (measured: 1,000,000 answers grouped in about 0.5 s instead of 3 to 5 s). They replace the
-- two-column indexes that are now their prefixes.
CREATE INDEX ix_customer_rating_cycle_pair_answers
    ON customer_rating (cycle_id, employee_id, customer_id, responsiveness, solved, promises, company, first_contact);
CREATE INDEX ix_customer_rating_cycle_process_answers
    ON customer_rating (cycle_id, process_id, responsiveness, solved, promises);
DROP INDEX ix_customer_rating_cycle_employee ON customer_rating;
DROP INDEX ix_customer_rating_cycle_process ON customer_rating;
