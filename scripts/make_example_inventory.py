"""Generate a realistic inventory.csv for an example dossier, consistent with its dossier.yml.

    python scripts/make_example_inventory.py dossiers/2022-bzk-algoritmeregister --rows 240

Deterministic (a fixed seed per dossier), so the example stays the same between
runs. It writes `inventory.csv` as Dutch Excel exports it (UTF-8 with BOM,
semicolons) and adds `inventory: inventory.csv` to dossier.yml when missing.
Judgements follow the item rules of docs/formats/inventaris.md; grounds come
from the item; documents point at the item's annexes with a start page.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import zlib
from datetime import timedelta
from pathlib import Path

import yaml
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from woo_dossiers.model.outcomes import OUTCOMES, ExampleRows  # noqa: E402

DOCTYPES = ("E-mail", "E-mailwisseling", "Nota", "Memo", "Verslag van overleg", "Agenda",
            "Presentatie", "Conceptnota", "Brief", "Notitie", "Advies", "Bijlage bij e-mail")
SUFFIXES = {"Conceptnota": " (versie 0.{n})", "E-mail": " met bijlage", "Presentatie": " (dia's)"}
# outcome -> how many of the rows its items get and their mix of judgements: the
# outcome's row says (outcomes without one get no rows).
EXAMPLES: dict[str, ExampleRows] = {
    key: o.inventory.example for key, o in OUTCOMES.items() if o.inventory.example
}
HEADER = ("Documentnummer", "Datum", "Omschrijving", "Beoordeling", "Beoordelingsgrond",
          "Bijlage", "Publieke link", "Onderdeel")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def subject(request: str) -> str:
    words = " ".join(request.split())
    words = words[0].lower() + words[1:]
    if len(words) > 70:
        words = words[:70].rsplit(" ", 1)[0]
    return words


def link_for(item: dict, data: dict) -> str | None:
    for ref in item.get("reuses", []) + data.get("reuses", []):
        return ref if isinstance(ref, str) else ref["url"]
    for link in item.get("links", []):
        return link["url"]
    return None


def generate(folder: Path, rows: int) -> str:
    data = yaml.safe_load((folder / "dossier.yml").read_text("utf-8"))
    rng = random.Random(zlib.crc32(folder.name.encode()))
    pages = {a["file"]: len(PdfReader(folder / a["file"]).pages) for a in data.get("annexes", [])}
    period = data.get("period") or {}
    received = data["dates"]["received"]
    start = period.get("from") or received - timedelta(days=365)
    end = min(period.get("to") or received, received)
    items = [i for i in data["items"] if i["outcome"] in EXAMPLES]
    total = sum(EXAMPLES[i["outcome"]].share for i in items)
    records = []
    for item in items:
        example = EXAMPLES[item["outcome"]]
        count = max(1, round(rows * example.share / total))
        link = link_for(item, data)
        mix = [(j, w) for j, w in example.mix if j != "reeds openbaar" or link]
        numbers = item["item"] if isinstance(item["item"], list) else [item["item"]]
        annexes = [d for d in item.get("documents", []) if d in pages]
        grounds = item.get("grounds") or ["5.1.2.e"]
        for index in range(count):
            judgement = mix[0][0] if index == 0 else rng.choices(
                [j for j, _ in mix], [w for _, w in mix])[0]
            day = start + timedelta(days=rng.randrange(max(1, (end - start).days)))
            kind = rng.choice(DOCTYPES)
            about = subject(item["request"])
            if kind.startswith("Verslag") or kind == "Agenda":
                about = f"{day.day} {MONTHS[day.month - 1]} {day.year} over {about}"
            else:
                about = f"over {about}"
            suffix = SUFFIXES.get(kind, "").format(n=rng.randint(1, 9)) if rng.random() < .4 else ""
            records.append({
                "date": day, "description": f"{kind} {about}{suffix}", "numbers": numbers,
                "judgement": judgement,
                "grounds": "; ".join(sorted(rng.sample(grounds, rng.randint(1, len(grounds)))))
                if judgement in ("deels openbaar", "niet openbaar") else "",
                "annex": rng.choice(annexes)
                if annexes and judgement in ("openbaar", "deels openbaar") else "",
                "link": link if judgement == "reeds openbaar" else "",
                "items": ", ".join(str(n) for n in numbers),
            })
    records.sort(key=lambda r: (r["numbers"], r["date"]))
    per_annex: dict[str, list[dict]] = {}
    for record in records:
        if record["annex"]:
            per_annex.setdefault(record["annex"], []).append(record)
    for annex, group in per_annex.items():
        for index, record in enumerate(group):
            record["annex"] += f"#page={1 + index * pages[annex] // len(group)}"
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for number, r in enumerate(records, start=1):
        writer.writerow([number, r["date"].isoformat(), r["description"], r["judgement"],
                         r["grounds"], r["annex"], r["link"], r["items"]])
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rows", type=int, default=40)
    args = parser.parse_args()
    (args.folder / "inventory.csv").write_bytes(generate(args.folder, args.rows)
                                                .encode("utf-8-sig"))
    yml = args.folder / "dossier.yml"
    text = yml.read_text("utf-8")
    if "\ninventory:" not in text:
        yml.write_text(text.rstrip("\n") + "\n\ninventory: inventory.csv\n", "utf-8")


if __name__ == "__main__":
    main()
