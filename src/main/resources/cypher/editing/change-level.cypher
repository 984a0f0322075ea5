// changePartyOrganizationLevel: 升格 / 降格 (the change itself is kept as a ChangeEvent with fromLevel/toLevel).
MATCH (o:PartyOrganization)
WHERE elementId(o) = $organization
SET o.level = $level
