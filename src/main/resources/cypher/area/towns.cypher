// Query.towns
MATCH (n:Town)
