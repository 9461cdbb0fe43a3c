"""Reading the user's keys and typed answers, from a terminal or a pipe.

On a terminal a key acts at once (no Enter needed); from a pipe (scripts,
tests) each key is a line. End of input reads as None: the loops treat it as
"quit", keeping everything already answered.
"""

import sys
from typing import TextIO

from mianshi.cli.console import console


class Keyboard:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdin
        self.is_terminal = self.stream.isatty()

    def key(self, prompt: str) -> str | None:
        """One key (lower-cased; Enter and space read as ""), or None at end of input."""
        console.print(prompt, end=" ", highlight=False)
        if self.is_terminal:
            pressed = self._terminal_key()
            console.print()
        else:
            line = self.stream.readline()
            console.print()
            if not line:
                return None
            pressed = line.strip()
        return "" if pressed in ("\r", "\n", " ") else pressed.casefold()

    def _terminal_key(self) -> str:
        import termios
        import tty

        fd = self.stream.fileno()
        saved = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd)  # keeps Ctrl-C working
            char = self.stream.read(1)
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)
        if char == "\x04":  # Ctrl-D
            return "q"
        return char

    def text(self) -> str | None:
        """Lines up to an empty line; None at end of input before anything was typed."""
        lines: list[str] = []
        while True:
            line = self.stream.readline()
            if not line:
                return "\n".join(lines) if lines else None
            if not line.strip():
                return "\n".join(lines)
            lines.append(line.rstrip("\n"))
