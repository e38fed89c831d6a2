-- The cycle report reads answers per process from answer_process_tally (V80), so nothing reads this
-- covering index any more, while every stored answer still had to write it.
DROP INDEX ix_customer_rating_cycle_process_answers ON customer_rating;
