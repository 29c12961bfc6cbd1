"""Extraction: the facts an article states, each with the sentence it came from.

Built on spaCy's analysis of the text, in components of kg's own that leave
their results on the `Doc` for the next one:

    text.py          the text the parser reads: glosses and spaced punctuation out, offsets kept
    works.py         kg_works: titles of films, series and books, wherever they are named
    doc.py           what the components leave on the Doc: mentions, candidates, titles; sentence indexes
    names.py         people, companies and places: a name's extent and kind
    dates.py         dates as written ("March 24th, 2022", "Spring 2022") to partial dates
    clauses.py       the parts of a clause: who, what, and the work it is about
    reader.py        what the reading components below share: a sentence at a time into candidates
    credits.py       kg_credits: directed / written / produced by, and the production company
    cast.py          kg_cast: who stars in what, as which character
    descriptions.py  kg_descriptions: "X is a 1936 British film": type, year, country, genre
    events.py        kg_release: when and where a work comes out
    filming.py       kg_filming: where a work was shot
    sources.py       kg_sources: "based on the novel by A"
    context.py       the article's main work and person, and the work each sentence is about
    rules.py         rules still read from a sentence's surface: cast lists, filming dates, other titles, counts
    markup.py        facts from the page's own JSON-LD and microdata
    consolidate.py   one consistent set of facts per article
    confidence.py    a fact's confidence: its rule's precision measured on real text
    attributes.py    the model's part-of-speech rules, applied by lookup (a third of its time otherwise)
    lexicon.py       the words that cue facts, and a newsroom's vocabulary (kg.toml)
    countries.py     countries, their other names and demonyms, from the countryinfo dataset
    patterns.py      the surface rules' regular expressions
    extractor.py     the flow: one Doc per article through the pipeline, then facts
"""

import importlib

# Imported on first use, so that `kg --help` and the stages that only need the lexicon never load spaCy.
_EXPORTS = {"MODEL": "kg.extract.extractor", "MODEL_VERSION": "kg.extract.extractor",
            "annotate": "kg.extract.extractor", "extract_facts": "kg.extract.extractor",
            "load_pipeline": "kg.extract.extractor", "Lexicon": "kg.extract.lexicon",
            "Vocabulary": "kg.extract.lexicon"}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'kg.extract' has no attribute {name!r}")
