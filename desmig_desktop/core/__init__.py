"""The kernel every area stands on, with no Qt and no area in it: the database (base, engine, upgrade),
the service context and unit of work, the audit trail, periods, errors, formatting, privacy, i18n, paths,
config, atomic files and the pillar descriptor.

One naming rule for use cases (written here so every area follows it):

- `verb_noun(ctx, ...)` is the use case a screen or command calls. It opens one unit of work, commits all or
  nothing, and returns a frozen DTO or `Saved` — never a live ORM row.
- `verb_noun_in(session, ctx, ...)` is its session-level twin: the same work inside a unit of work that the
  caller owns (the demo, an import, another use case), returning the ORM row it made. It never commits.
- The committing function is made from its twin with `core.context.use_case` whenever it does nothing
  more than open the unit of work and call it: `register_person = use_case(register_person_in)`.
"""
