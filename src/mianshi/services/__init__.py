"""Service functions: the one core API that the CLI and the web app both call."""
