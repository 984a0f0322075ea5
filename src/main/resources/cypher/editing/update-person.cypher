// updatePerson: a person's own properties (null: unchanged); returns the state before, for the history.
MATCH (p:Person)
WHERE elementId(p) = $person
WITH p, {name: p.name, gender: p.gender, birthYear: p.birthYear} AS before
SET p.name = coalesce($name, p.name), p.pinyin = coalesce($pinyin, p.pinyin),
    p.initials = coalesce($initials, p.initials), p.gender = coalesce($gender, p.gender),
    p.birthYear = coalesce($birthYear, p.birthYear)
RETURN before, {name: p.name, gender: p.gender, birthYear: p.birthYear} AS after
