"""Cost of `osallisuus merge` against the floor of merely parsing the same files with libyaml.

Usage: python benchmarks/merge.py [--sizes 1000 10000] [--runs 3] [--keep DIR]

For each size N the script writes N realistic answer files (Finnish free text, several projects and phases, some
N/A, don't-know and unanswered questions) into a temporary folder, then times, as subprocesses of this Python:

* the floor: a bare loop that reads every file and parses it with ``yaml.load(..., Loader=yaml.CSafeLoader)``;
* ``osallisuus merge FOLDER -o team.yaml`` (the installed command: start-up, validation, hashing, the team file).

It prints the median wall time of each, their ratio, the merge's peak memory (RSS of that process alone) and the
ratio of the largest size's time to the smallest's. Targets: merge / floor ≤ 0.7 at 10,000 files on two cores or more
(the floor uses one core, merge all of them; ≤ 1.3 on one core), peak RSS ≤ 300 MB, time(10,000) / time(1,000) ≤ 11.
Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

BIN = Path(sys.executable).parent
COMMAND = str(BIN / "osallisuus")

FLOOR = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""

PROJECTS = [
    ("Nuorten ääni", "S30123", "Jyväskylän kaupunki", "Keski-Suomi"),
    ("Kylätalo Kaikukoti", "S30456", "Kaikukodin kyläyhdistys ry", "Pohjois-Savo"),
    ("Yhdessä eteenpäin", None, "Vantaan kaupunki", "Uusimaa"),
    ("Työllisyyspolku", "S30789", "Oulun seudun työpaja ry", "Pohjois-Pohjanmaa"),
]
FIRST_NAMES = ["Aino", "Eero", "Helmi", "Juho", "Kaisa", "Lauri", "Minna", "Niko", "Oona", "Pekka", "Sanna", "Väinö"]
ROLES = ["ohjaaja", "projektipäällikkö", "vertaisohjaaja", "nuorisotyöntekijä", "vapaaehtoinen", None]
WHO = ["Nuoret", "Kävijät", "Asukkaat", "Vertaisohjaajat", "Osallistujat", "Perheet", "Vapaaehtoiset", "Ryhmäläiset"]
DO = ["suunnittelevat", "arvioivat", "ideoivat", "päättävät", "kokeilevat", "kehittävät", "valitsevat"]
WHAT = [
    "kuukauden ohjelman",
    "kahvilan aukioloajat",
    "retkien kohteet",
    "ryhmän pelisäännöt",
    "tiedotteiden sisällön",
    "uuden toimintamallin",
    "palautekyselyn kysymykset",
    "tilojen sisustuksen",
]
HOW = [
    "yhdessä ohjaajien kanssa.",
    "kerran kuukaudessa asukasillassa.",
    "vertaisryhmässä, jossa jokainen saa äänensä kuuluviin.",
    "matalalla kynnyksellä ilman ennakkoilmoittautumista.",
    "verkossa ja kasvokkain, kunkin oman jaksamisen mukaan.",
    "kevään aikana pidetyissä työpajoissa.",
]
NEXT = [
    "Kokeillaan palautelaatikkoa syksyllä ja kerrotaan, mitä palautteen perusteella muutettiin.",
    "Pyydetään kävijöiltä ideoita ensi vuoden toimintasuunnitelmaan.",
    "Järjestetään yhteinen suunnittelupäivä, johon kutsutaan myös ne, jotka eivät vielä käy toiminnassa.",
    "Selvitetään yhdessä sosiaalityön kanssa, miten tavoitamme yksin jääneet paremmin.",
    "Kirjataan käytäntö toimintasuunnitelmaan, jotta se jatkuu hankkeen jälkeenkin.",
]


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(WHO)} {rng.choice(DO)} {rng.choice(WHAT)} {rng.choice(HOW)}"


def portfolio_projects(count: int, seed: int = 14) -> list[tuple[str, str | None, str, str]]:
    """``count`` made-up projects (name, code, organisation, region) for a portfolio of many projects."""
    rng = random.Random(seed)
    regions = ["Uusimaa", "Pirkanmaa", "Keski-Suomi", "Pohjois-Savo", "Lappi", "Pohjois-Pohjanmaa", "Satakunta"]
    kinds = ["Nuorten", "Kylän", "Perheiden", "Ikäihmisten", "Työllisyyden", "Kulttuurin", "Asukkaiden"]
    ends = ["ääni", "polku", "verkosto", "talo", "tuki", "kipinä", "yhteisö"]
    return [
        (
            f"{rng.choice(kinds)} {rng.choice(ends)} {index + 1}",
            f"S{30000 + index}" if rng.random() < 0.8 else None,
            f"{rng.choice(kinds)} ry {index % 97}",
            rng.choice(regions),
        )
        for index in range(count)
    ]


def generate(folder: Path, count: int, seed: int = 2026, projects: int | None = None) -> None:
    """``count`` answer files as `osallisuus assess` writes them (over ``projects`` made-up projects if given)."""
    from osallisuus_cli.model import answers
    from osallisuus_cli.questionsets.reading import load_question_set

    qs = load_question_set()
    rng = random.Random(seed)
    chosen = portfolio_projects(projects) if projects else PROJECTS
    start = datetime(2026, 2, 2, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        name, code, organisation, region = rng.choice(chosen)
        moment = start + timedelta(minutes=rng.randrange(400_000))
        doc = answers.new_answers(
            qs,
            project=answers.Project(
                name=name, code=code, organisation=organisation, region=region, phase=rng.choice(answers.PHASES)
            ),
            language="fi",
            name=f"{rng.choice(FIRST_NAMES)} {index}",
            role=rng.choice(ROLES),
            moment=moment,
            respondent_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        )
        for question in qs.questions:
            draw = rng.random()
            if draw < 0.05:
                continue  # unanswered
            level = "na" if draw < 0.09 else "dont_know" if draw < 0.12 else rng.randrange(5)
            how = "\n".join(sentence(rng) for _ in range(rng.randrange(1, 4))) if rng.random() < 0.8 else None
            step = rng.choice(NEXT) if rng.random() < 0.5 else None
            answered = moment + timedelta(seconds=rng.randrange(3600))
            doc.answers[question.id] = answers.Answer(level=level, how=how, next_step=step, updated=answered)
        doc.updated = moment + timedelta(hours=1)
        (folder / f"vastaaja-{index:05d}.yaml").write_text(doc.to_yaml(qs), encoding="utf-8")


def run(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one subprocess (its own, not the largest child's so far)."""
    env = {**os.environ, "NO_COLOR": "1"}
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode:
        raise SystemExit(f"{' '.join(argv)} failed ({process.returncode}):\n{stderr}")
    return seconds, usage.ru_maxrss / 1024


def measure(folder: Path, runs: int) -> tuple[float, float, float]:
    floor_argv = [sys.executable, "-c", FLOOR, str(folder)]
    merge_argv = [COMMAND, "merge", str(folder), "-o", str(folder.parent / "team.yaml"), "--force"]
    run(floor_argv)  # warm the file-system cache
    floors, merges, peaks = [], [], []
    for _ in range(runs):  # interleaved, so a slow moment of the machine hits both alike
        floors.append(run(floor_argv)[0])
        seconds, peak = run(merge_argv)
        merges.append(seconds)
        peaks.append(peak)
    return statistics.median(floors), statistics.median(merges), max(peaks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Write the files here and leave them (default: a temporary folder).")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="osallisuus-bench-") as tmp:
        base = args.keep or Path(tmp)
        results = {}
        print(f"{'files':>7} {'parse floor s':>14} {'merge s':>9} {'ratio':>7} {'peak RSS MB':>12}")
        for size in args.sizes:
            folder = base / f"n{size}" / "answers"
            if not folder.is_dir():
                generate(folder, size)
            floor, merged, peak = measure(folder, args.runs)
            results[size] = (floor, merged, peak)
            print(f"{size:>7} {floor:>14.2f} {merged:>9.2f} {merged / floor:>7.2f} {peak:>12.0f}")

    failed = False
    largest, smallest = max(results), min(results)
    ratio = results[largest][1] / results[largest][0]
    # From 200 files merge reads on every core; the floor is one core's parse, so two cores should halve it.
    target = 0.7 if len(os.sched_getaffinity(0)) >= 2 else 1.3
    checks = [(f"merge / floor at {largest} files", ratio, target)]
    checks.append(("peak RSS MB", max(peak for _, _, peak in results.values()), 300))
    if largest != smallest:
        growth = results[largest][1] / results[smallest][1]
        checks.append((f"time {largest} / time {smallest}", growth, 11 * largest / smallest / 10))
    print()
    for label, value, target in checks:
        ok = value <= target
        failed |= not ok
        print(f"{label:<28} {value:>8.2f}  target ≤ {target:g}{'' if ok else '  MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
