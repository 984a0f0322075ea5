// createPerson: a new Person (with the Member label for a party member), pinyin and initials from the name.
CREATE (p:Person {id: $id, name: $name, pinyin: $pinyin, initials: $initials, generated: false,
                  gender: $gender, birthYear: $birthYear})
FOREACH (_ IN CASE WHEN $member THEN [1] ELSE [] END | SET p:Member)
RETURN elementId(p) AS element
