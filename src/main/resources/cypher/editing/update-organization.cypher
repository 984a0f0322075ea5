// updateOrganization: an organization's own properties (null: unchanged); returns before and after.
MATCH (o)
WHERE elementId(o) = $organization
WITH o, {name: o.name, kind: o.kind, employees: o.employees} AS before
SET o.name = coalesce($name, o.name), o.pinyin = coalesce($pinyin, o.pinyin),
    o.initials = coalesce($initials, o.initials), o.kind = coalesce($kind, o.kind),
    o.employees = coalesce($employees, o.employees)
RETURN before, {name: o.name, kind: o.kind, employees: o.employees} AS after
