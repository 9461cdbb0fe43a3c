"""Study: FSRS scheduling, review queues, mock interviews, self-check, progress, exports.

Domain code only: no SQL (that is `store.study_repo`) and no terminal (that is
`cli.study`); the services tie them together.
"""
