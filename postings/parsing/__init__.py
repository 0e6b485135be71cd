"""Turn one job posting's text into structured fields.

A pure library with no Django imports: text (or bytes) in, frozen dataclasses out. Each module handles
one concern (formats, junk, sections, pay, places, people, skills) and returns ``None`` for input it does
not recognise instead of raising; ``posting.parse`` composes them into a ``ParsedPosting``.
"""
