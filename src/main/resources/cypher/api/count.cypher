// totalCount of a root list, asked only when the query selects it. The placeholder is the list's MATCH … WHERE.
{{match}}
RETURN count(n) AS total
