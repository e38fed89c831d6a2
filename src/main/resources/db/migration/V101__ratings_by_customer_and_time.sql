-- The report's read of a cycle's follow-ups goes once through the cycle's answers by customer and time
-- (feedback/RatingSql), to find the answer that opened each follow-up and the customer's first answer after
-- its contact. With the time and the three questions in the index, that is one read of this index in its order,
-- no row of the table and no sort. It replaces the index on (cycle_id, customer_id), whose every use it serves.
CREATE INDEX ix_customer_rating_cycle_customer_time
    ON customer_rating (cycle_id, customer_id, submitted_at, responsiveness, solved, promises);
DROP INDEX ix_customer_rating_cycle_customer ON customer_rating;
