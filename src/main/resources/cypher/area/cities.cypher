// Query.cities
MATCH (n:City)
