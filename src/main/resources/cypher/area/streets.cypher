// Query.streets
MATCH (n:Street)
