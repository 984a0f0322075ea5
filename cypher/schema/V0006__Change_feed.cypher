// The live change feed (org.orggraph.live) numbers each committed ChangeEvent (`seq`, in the order the feed saw
// them committed) under the lock of one ChangeFeed node; subscribers read `seq > cursor` in that order.
CREATE INDEX change_event_seq IF NOT EXISTS FOR (n:ChangeEvent) ON (n.seq);
CREATE CONSTRAINT change_feed_id IF NOT EXISTS FOR (n:ChangeFeed) REQUIRE n.id IS UNIQUE;
