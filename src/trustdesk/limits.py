"""What the databases can hold, so bad input is refused as a 422 naming the field and
never reaches the database as a 500."""

#: The largest id an INTEGER primary key holds on PostgreSQL.
ID_MAX = 2_147_483_647
#: No list is paged this far; beyond it OFFSET would overflow a BIGINT.
PAGE_MAX = 1_000_000
#: PostgreSQL text cannot contain NUL characters.
NO_NUL_PATTERN = "^[^\\x00]*$"
#: The longest message, reply or note a ticket takes.
BODY_MAX = 20_000
