// Takes the live change feed's lock (the one ChangeFeed node, made on first use) and answers its last number. Held
// until the numbering transaction commits, so the feeds of several app instances number one after the other.
MERGE (f:ChangeFeed {id: 'changes'})
ON CREATE SET f.seq = 0
SET f.numberedAt = datetime.realtime()
RETURN f.seq AS last
