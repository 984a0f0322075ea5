// A locked project's status and the day it was claimed (completeProject checks them).
MATCH (p:Project)
WHERE elementId(p) = $project
RETURN p.status AS status, p.claimedOn AS claimedOn
