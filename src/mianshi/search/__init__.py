"""Search: questions found in Chinese or English, through a glossary of the field.

    text      normalising and tokenising mixed Chinese / English text
    glossary  concepts and their names in both languages; finding them in text
    analyze   text -> terms (word tokens and concept tokens), for documents and queries
    corpus    a whole bank analysed into per-field corpora, on every core when large
    bm25      BM25 per field, in bm25s's layout, built and scored with numpy
    index     documents, their fields and the glossary: build, save, load, score
    rank      filters, the frequency boost, the best hits (the bank first)
    suggest   "did you mean": typing mistakes corrected with the glossary
    engine    one query against an index: analyse, rank, suggest
    cache     the index on disk, and how a cached index is known to be current

The service (services/search.py) ties them to the store.
"""
