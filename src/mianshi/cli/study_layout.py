"""Small rendering helpers shared by the study commands."""

from rich.cells import cell_len


def fold(text: str, width: int) -> str:
    """Break lines by display width, at a space when one is near the end of the line.

    Rich wraps only at spaces, and a Chinese sentence may have one space in forty
    characters: left to Rich, it breaks there and leaves half the line empty.
    """
    lines, line = [], ""
    for char in text:
        if cell_len(line + char) <= width:
            line += char
            continue
        space = line.rfind(" ")
        if space > 0 and cell_len(line[:space]) > width * 2 // 3:
            lines.append(line[:space])
            line = line[space + 1 :] + char
        else:
            lines.append(line)
            line = char.lstrip()
    return "\n".join([*lines, line])


def score_text(value: float, suffix: str = "") -> str:
    """A 0..1 score as a coloured 0..100 figure."""
    colour = "green" if value >= 0.7 else "yellow" if value >= 0.4 else "red"
    return f"[{colour}]{round(100 * value)}{suffix}[/]"
