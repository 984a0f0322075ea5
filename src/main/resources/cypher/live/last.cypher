// The live change feed's last number: where a subscription without a cursor starts (0 before the first change).
OPTIONAL MATCH (f:ChangeFeed {id: 'changes'})
RETURN coalesce(f.seq, 0) AS last
