"""The command line: a thin Typer adapter over the core packages.

``app`` (the Typer application), ``commands`` (one small module per command), ``prompts`` (the assess front ends:
menus and plain mode), ``settings`` (where each setting comes from), ``questions_text`` (question sets as terminal
text), ``commandline`` (commands printed for the user to copy), ``output`` (messages on stderr, data on stdout),
``streams`` (standard streams no console encoding can crash), ``progress`` (the progress display of long work),
``merge_summary`` (what merge prints), ``help`` (help and usage errors in the user's language) and ``toolkit`` (all
this package takes from Typer beyond its documented API).
Only this package may import typer, click, questionary, prompt_toolkit or rich.
"""
