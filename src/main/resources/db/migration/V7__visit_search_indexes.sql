-- Found by the benchmark at 1,000,000 visits (docs/BENCHMARKS.md):
-- purpose and outcome together walked every visit of that purpose; now one index answers both.
CREATE INDEX visit_by_purpose_status ON visit (purpose, status, checked_in_at DESC, id DESC);
-- a name prefix ("王") matches tens of thousands of visits: with the order columns in the index,
-- the newest page is picked from the index alone before any row is read.
DROP INDEX visit_by_name;
CREATE INDEX visit_by_name ON visit (visitor_name, checked_in_at DESC, id DESC) WHERE deleted_at IS NULL;
