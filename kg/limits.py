"""Every bound kg enforces, in one place.

Small inputs must not cost much: a file, a record, a paragraph, a JSON
nesting, a YAML alias and an HTTP answer each have a ceiling, and the
Wikidata client has deadlines per request and per run. Input past a bound is
refused (or, for an over-long paragraph, split) with a one-line error that
names the limit, never read until memory or time runs out. The README's
"Limits and safety" section lists them for users.
"""

from __future__ import annotations

# --- reading articles ----------------------------------------------------------------------------------------
MAX_FILE_BYTES = 5_000_000          # one article file (JSON Lines files are read a record at a time)
MAX_RECORD_BYTES = 5_000_000        # one JSON Lines record, one line of stdin
MAX_PARAGRAPH_CHARS = 100_000       # longer paragraphs are split at sentence ends (spaCy refuses > 1,000,000)
MAX_JSON_DEPTH = 64                 # nesting of arrays and objects in a record or a page's JSON-LD
MAX_YAML_NODES = 10_000             # values in a Markdown file's front matter, counted as its aliases expand
MAX_YAML_DEPTH = 32                 # nesting of the front matter

# --- talking to Wikidata -------------------------------------------------------------------------------------
MAX_ANSWER_BYTES = 50_000_000       # one HTTP answer; the service's answers to kg's batches are far smaller
REQUEST_DEADLINE = 65.0             # seconds for one request, however slowly the bytes come (the service stops at 60)
RUN_DEADLINE = 1_800.0              # seconds for all the requests of one `kg link` run, waits included
MAX_REDIRECTS = 3                   # redirects followed, and only to the same host

# --- loading N-Quads (`kg load`) -----------------------------------------------------------------------------
LOAD_BATCH_QUADS = 50_000           # quads a transaction writes (whole graphs: one larger graph is one batch)
LOAD_HELD_QUADS = 200_000           # quads held in memory while reading; past it they go to a temporary file
