"""Code that runs in the sandbox, as plain scripts next to each other.

The judge itself imports only `codec` from here; `main` and `child` run in the worker.
"""
