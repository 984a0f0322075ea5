// Query.dutyListItems
MATCH (n:DutyListItem)
WHERE ($list IS NULL OR n.list = $list)
