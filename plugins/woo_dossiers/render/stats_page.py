"""The statistics page: decisions per year, handling time, timeliness, outcomes, grounds."""

from __future__ import annotations

from ..addresses import GROUNDS_PAGE, page_url, relative
from ..analyse.stats import HANDLING_BANDS, SiteStats, Spread
from ..analyse.timeliness import TERMS
from ..model.laws import LAWS
from ..model.outcomes import OUTCOMES
from .charts import Bar, bar_chart, data_table, figure
from .grounds_page import ground_link, items_count
from .groups import decisions
from .markdown import front_matter
from .text import esc

TITLE = "Statistieken"


def number(value: float) -> str:
    """Dutch notation: 22 or 22,5."""
    return str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def days(value: float) -> str:
    return f"{number(value)} dag" if value == 1 else f"{number(value)} dagen"


def band_label(index: int) -> str:
    bound = HANDLING_BANDS[index]
    lower = HANDLING_BANDS[index - 1] if index else None
    if lower is None:
        return f"binnen {bound // 7} weken"
    if bound is None:
        return f"meer dan {lower // 7} weken"
    return f"{lower // 7} tot {bound // 7} weken"


def stats_page(stats: SiteStats, src_path: str) -> str:
    head = front_matter(TITLE, "Hoeveel besluiten, hoe snel, hoeveel op tijd, "
                        "met welke uitkomsten en gronden") + f"# {TITLE}\n\n"
    if not stats.published:
        return head + "<p>Er zijn nog geen besluiten gepubliceerd.</p>\n"
    if not stats.decisions:  # only parts of requests with parts still to come
        return (head + parts_note(stats) + "<p>Er is nog geen verzoek helemaal beslist: de "
                "cijfers volgen zodra het laatste deelbesluit van een verzoek er is.</p>\n")
    url = page_url(src_path)
    about = ("de besluiten" if stats.parts  # the note says how many count
             else "het ene besluit" if stats.decisions == 1 else f"alle {stats.decisions} besluiten")
    return "\n".join([
        head + f"<p>Cijfers over {about} op deze site, berekend bij het bouwen van de site. Naast elke "
        "grafiek staat een tabel met dezelfde cijfers.</p>\n" + parts_note(stats),
        per_year(stats), handling(stats), timeliness(stats), outcomes(stats), grounds(stats, url),
    ])


def parts_note(stats: SiteStats) -> str:
    """How requests decided in parts are counted (analyse/cases.py); nothing without them."""
    if not stats.parts:
        return ""
    on_site = f"Op deze site {'staat' if stats.published == 1 else 'staan'} " + (
        f"{stats.parts} {_parts(stats.parts)}" if stats.parts == stats.published
        else f"{decisions(stats.published)}, waarvan {stats.parts} {_parts(stats.parts)}")
    note = (f"<p>{on_site}. Een verzoek dat in delen is beslist, telt als één besluit, genomen "
            "op de dag van het laatste deelbesluit; de behandeltijd loopt tot dat laatste deel.")
    if stats.waiting:
        one = stats.waiting == 1
        note += (f" {stats.waiting} {'verzoek wacht' if one else 'verzoeken wachten'} nog op "
                 f"een volgend deelbesluit en {'telt' if one else 'tellen'} pas mee als het "
                 "laatste deel er is, ook bij de uitkomsten en de gronden.")
    if stats.decisions:
        note += f" De cijfers gaan daarom over {decisions(stats.decisions)}."
    return note + "</p>\n"


def _parts(n: int) -> str:
    return "deelbesluit" if n == 1 else "deelbesluiten"


def per_year(stats: SiteStats) -> str:
    bars = [Bar(str(y.year), y.decisions, decisions(y.decisions)) for y in stats.per_year]
    chart = bar_chart("grafiek-per-jaar", "Aantal besluiten per jaar", bars)
    table = data_table("Besluiten per jaar", "Besluiten per jaar (jaar van het besluit)",
                       ["Jaar", "Besluiten"], [[str(y.year), str(y.decisions)] for y in stats.per_year])
    return "## Besluiten per jaar {#per-jaar}\n\n" + figure(chart, table)


def handling(stats: SiteStats) -> str:
    everything = stats.handling[""]
    intro = (
        "<p>De behandeltijd is het aantal kalenderdagen van de ontvangst van het verzoek tot het "
        f"besluit. De mediaan is {days(everything.median)}: de helft van de besluiten was sneller, "
        f"de helft langzamer. De middelste helft duurde {number(everything.lower_quartile)} tot "
        f"{days(everything.upper_quartile)}; het snelste besluit kostte {days(everything.shortest)}, "
        f"het langzaamste {days(everything.longest)}.</p>\n"
    )
    bars = [Bar(band_label(i), n, decisions(n)) for i, (_, n) in enumerate(stats.handling_bands)]
    chart = bar_chart("grafiek-behandeltijd", "Behandeltijd van de besluiten, in weken", bars)
    bands = data_table("Behandeltijd in weken", "Aantal besluiten naar behandeltijd",
                       ["Behandeltijd", "Besluiten"], [[esc(b.label), str(int(b.value))] for b in bars])
    rows = [spread_row("Alle besluiten", everything)]
    rows += [spread_row(f"{law} ({LAWS[law].title})", stats.handling[law])
             for law in LAWS if law in stats.handling]
    spread = data_table(
        "Spreiding van de behandeltijd", "Behandeltijd in dagen: mediaan en spreiding per wet",
        ["Wet", "Besluiten", "Mediaan", "Middelste helft", "Snelste", "Langzaamste"], rows)
    return "## Behandeltijd {#behandeltijd}\n\n" + intro + figure(chart, bands) + spread


def spread_row(label: str, s: Spread) -> list[str]:
    return [esc(label), str(s.count), days(s.median),
            f"{number(s.lower_quartile)} tot {days(s.upper_quartile)}", days(s.shortest), days(s.longest)]


def timeliness(stats: SiteStats) -> str:
    intro = (
        f"<p>{stats.on_time} van de {decisions(stats.decisions)} "
        f"({percent(stats.on_time, stats.decisions)}) {'is' if stats.on_time == 1 else 'zijn'} "
        "binnen de wettelijke termijn genomen.</p>\n"
    )
    if stats.suspended:
        intro += (f"<p>Bij {decisions(stats.suspended)} was de termijn opgeschort, samen "
                  f"{days(stats.suspended_days)}; die dagen tellen niet mee.</p>\n")
    bars = [Bar(str(y.year), 100 * y.on_time / y.decisions, f"{percent(y.on_time, y.decisions)} op tijd")
            for y in stats.per_year]
    chart = bar_chart("grafiek-op-tijd", "Aandeel besluiten op tijd per jaar", bars, maximum=100)
    table = data_table(
        "Op tijd per jaar", "Besluiten op tijd en te laat per jaar",
        ["Jaar", "Besluiten", "Op tijd", "Te laat", "Aandeel op tijd"],
        [[str(y.year), str(y.decisions), str(y.on_time), str(y.late), percent(y.on_time, y.decisions)]
         for y in stats.per_year])
    wob, woo = TERMS["Wob"], TERMS["Woo"]
    rule = (
        "<p><strong>Hoe wij de termijn berekenen.</strong> De termijn begint de dag na ontvangst "
        f"van het verzoek en duurt {wob.weeks} weken ({wob.article}; {woo.article}). Bij verdaging "
        f"komen er onder de Wob {wob.adjournment_weeks} en onder de Woo {woo.adjournment_weeks} weken "
        "bij, maar alleen als de verdaging is verstuurd voordat de eerste termijn voorbij was. Valt "
        "het einde van een termijn op een zaterdag, zondag of algemeen erkende feestdag, dan schuift "
        "het op naar de eerstvolgende werkdag (Algemene termijnenwet). Een besluit is op tijd als het "
        "uiterlijk op de laatste dag van de termijn is genomen. Is de termijn opgeschort, omdat een "
        "derde om zijn zienswijze is gevraagd (artikel 4.4, derde lid, Woo) of de verzoeker om een "
        "aanvulling (artikel 4:15 Awb), dan schuift de termijn het aantal opgeschorte dagen op; een "
        "opschorting die begint nadat de termijn al voorbij was, telt niet mee.</p>\n"
    )
    return "## Op tijd beslist {#op-tijd}\n\n" + intro + figure(chart, table) + rule


def outcomes(stats: SiteStats) -> str:
    total = stats.items
    bars = [Bar(OUTCOMES[key].label, n, items_count(n)) for key, n in stats.outcomes]
    chart = bar_chart("grafiek-uitkomsten", "Uitkomsten per onderdeel van de verzoeken", bars)
    table = data_table("Uitkomsten per onderdeel", f"Uitkomst van alle {total} onderdelen van de verzoeken",
                       ["Uitkomst", "Onderdelen", "Aandeel"],
                       [[esc(OUTCOMES[key].label), str(n), percent(n, total)] for key, n in stats.outcomes])
    intro = ("<p>Een verzoek bestaat uit onderdelen; per onderdeel besluit het bestuursorgaan "
             f"wat openbaar wordt. Alle besluiten samen telden {items_count(total)}.</p>\n")
    return "## Uitkomsten per onderdeel {#uitkomsten}\n\n" + intro + figure(chart, table)


def grounds(stats: SiteStats, url: str) -> str:
    page = relative(url, page_url(GROUNDS_PAGE))
    intro = (f'<p>Hoe vaak elke weigeringsgrond is gebruikt. Op de pagina <a href="{esc(page)}">'
             "weigeringsgronden</a> staat per grond welke besluiten en onderdelen het betreft.</p>\n")
    if not stats.grounds:
        return "## Gebruikte weigeringsgronden {#gronden}\n\n" + intro + "<p>Nog geen gronden gebruikt.</p>\n"
    bars = [Bar(f"{u.ground.code} {u.law.key}", u.item_count, items_count(u.item_count))
            for u in stats.grounds]
    chart = bar_chart("grafiek-gronden", "Gebruikte weigeringsgronden, naar aantal onderdelen", bars)
    table = data_table(
        "Gebruikte weigeringsgronden", "Weigeringsgronden: in hoeveel besluiten en onderdelen gebruikt",
        ["Grond", "Besluiten", "Onderdelen"],
        [[ground_link(u.law, u.ground), str(len(u.uses)), str(u.item_count)] for u in stats.grounds])
    return "## Gebruikte weigeringsgronden {#gronden}\n\n" + intro + figure(chart, table)
