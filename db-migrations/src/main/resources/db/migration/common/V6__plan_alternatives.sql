-- Per proposal the next-best dwellings for its client, each with what would change, as the
-- planner's statements (message codes with arguments, rendered in the reader's language).
-- Explanations and unplaced reasons are stored the same way from now on; rows written before
-- hold plain strings and are shown as they are.
ALTER TABLE plan_match ADD COLUMN alternatives TEXT;
