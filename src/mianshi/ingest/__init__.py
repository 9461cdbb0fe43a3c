"""Import of question collections: read, parse, normalise, cluster, match, classify.

The pipeline, one module per step:

- `reader`: a file on disk -> decoded text (`encoding` detects the charset) or a skip reason
- `htmltext`: HTML -> Markdown-like lines;  `blocks`: lines -> typed blocks
- `parse`: blocks -> questions with answers and context (headings, company, category)
- `markup`, `cues`, `context`: inline clean-up, question-likeness, section context
- `garble`: lines whose characters were swapped, detected and repaired
- `features`, `concepts`, `similarity`, `cluster`: near-duplicate clustering
- `match`, `classify`: attach clusters to bank questions, module/topic for the rest
- `families`: copies and versions of one collection count once
"""
