-- The finance overview sums bedrag_centen per budget line and kind. With the amount in the index,
-- PostgreSQL answers from the index alone (index-only scan) instead of visiting every ledger row:
-- measured p95 for a budget with 1,022,042 entries 1,517 ms → 372 ms (docs/benchmarks.md).
DROP INDEX "boeking_regio_regel";--> statement-breakpoint
CREATE INDEX "boeking_regio_regel" ON "boeking" USING btree ("regio_id","begrotingsregel_id","soort") INCLUDE ("bedrag_centen");
