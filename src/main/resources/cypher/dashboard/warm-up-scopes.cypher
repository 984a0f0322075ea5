// The scopes the dashboard's start-up warm-up computes, those the /dashboard page offers: the whole city (both
// null), every street and town, every alliance; in that order.
RETURN null AS area, null AS alliance
UNION ALL
MATCH (s:Street|Town)
RETURN s.id AS area, null AS alliance
UNION ALL
MATCH (a:Alliance)
RETURN null AS area, a.id AS alliance
