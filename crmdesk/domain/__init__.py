"""Pure Python: enums, read schemas, rules and errors. No Qt, no database."""
