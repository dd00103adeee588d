"""``osallisuus form`` — write the answer form: one offline HTML page that saves the same answers file as assess."""

from __future__ import annotations

from pathlib import Path

from osallisuus_cli.cli.commands._common import ForceOption, FrameworkOption, LangOption, OutputFileOption


def form(
    output: OutputFileOption = None,
    framework: FrameworkOption = None,
    lang: LangOption = None,
    force: ForceOption = False,
) -> None:
    """Write the answer form: one HTML file that works offline in any browser and saves an answers file."""
    from osallisuus_cli.answering.form import default_name, project_defaults, render_form
    from osallisuus_cli.answering.session import display_path
    from osallisuus_cli.cli.commands._common import info, load_framework
    from osallisuus_cli.cli.settings import current_settings
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.files import fsutil
    from osallisuus_cli.i18n import get_language, t

    language = get_language()
    qs = load_framework(framework)
    project = project_defaults(current_settings())
    target = output if output is not None else Path.cwd() / default_name(language, qs, project)
    if target.is_dir():
        raise UsageError("form.err_output_folder", file=str(target))
    fsutil.check_new_file(target, force=force)  # an earlier form, or any other file, is replaced only when asked
    page = render_form(qs, lang=language, project=project)
    data = page.encode("utf-8")
    fsutil.atomic_write(target, data)
    info(t("form.written", file=display_path(target), size=(len(data) + 1023) // 1024))
