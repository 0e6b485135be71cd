"""Long lines cut to a size that line-by-line readers can afford."""

MAX_LINE = 2_000  # characters: a longer line (a CSV cell, a page without markup) is wrapped at a sentence


def wrapped(line: str) -> list[str]:
    """A line as lines of at most MAX_LINE characters, cut after a sentence or a word where possible, so
    that no reader works on a whole page at once."""
    out = []
    while len(line) > MAX_LINE:
        cut = line.rfind(". ", MAX_LINE // 2, MAX_LINE) + 1 or line.rfind(" ", MAX_LINE // 2, MAX_LINE)
        cut = cut if cut > 0 else MAX_LINE
        out.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    return [*out, line]
