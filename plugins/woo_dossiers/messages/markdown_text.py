"""Messages about active content in Markdown for the public site: sanitise.py."""

from __future__ import annotations

from . import Message

# What each element sanitise.py forbids is, in both languages.
ELEMENTS: dict[str, tuple[str, str]] = {
    "script": ("a script", "een script"),
    "iframe": ("an embedded page (iframe)", "een ingesloten pagina (iframe)"),
    "frame": ("an embedded page (frame)", "een ingesloten pagina (frame)"),
    "frameset": ("an embedded page (frameset)", "een ingesloten pagina (frameset)"),
    "object": ("an embedded object", "een ingesloten object"),
    "embed": ("an embedded object", "een ingesloten object"),
    "applet": ("an embedded applet", "een ingesloten applet"),
    "base": ("a <base> element that changes every link on the page",
             "een <base>-element dat elke link op de pagina verandert"),
    "meta": ("a <meta> element (it can redirect visitors)",
             "een <meta>-element (dat kan bezoekers doorsturen)"),
    "link": ("a <link> element that loads other files",
             "een <link>-element dat andere bestanden laadt"),
    "form": ("a form", "een formulier"),
}

MESSAGES: dict[str, Message] = {
    # The site's own marker (render/held.py), which the build turns back into HTML.
    "held-comment": Message(
        "a comment that begins with 'woo-held:' is not allowed in a published text: the site "
        "uses it for its own HTML and would publish what is inside it as HTML; remove it",
        "een commentaar dat begint met 'woo-held:' mag niet in een gepubliceerde tekst: de site "
        "gebruikt het voor haar eigen HTML en zou de inhoud als HTML publiceren; haal het weg"),
    # `element` is the tag again, worded by what it does.
    "html-element": Message(
        "<{tag}> is not allowed in a published text: it is {element}; remove it (text, links, "
        "lists and tables are fine)",
        "<{tag}> mag niet in een gepubliceerde tekst: het is {element}; haal het weg (tekst, "
        "links, lijsten en tabellen mogen wel)",
        en_parts={"element": lambda tag: ELEMENTS[tag][0]},
        nl_parts={"element": lambda tag: ELEMENTS[tag][1]}),
    "event-handler": Message(
        "the event-handler attribute '{attribute}' on <{tag}> is not allowed (it runs a script "
        "in the visitor's browser); remove it",
        "het attribuut '{attribute}' bij <{tag}> is niet toegestaan (het start een script in de "
        "browser van de bezoeker); haal het weg"),
    # In an attribute list ({: onclick=...}), which names no element.
    "event-handler-in-list": Message(
        "the event-handler attribute '{attribute}' is not allowed (it runs a script in the "
        "visitor's browser); remove it",
        "het attribuut '{attribute}' is niet toegestaan (het start een script in de browser van "
        "de bezoeker); haal het weg"),
    "script-link": Message(
        "a link or source starting with '{scheme}' is not allowed (it can run a script in the "
        "visitor's browser); link to a web address starting with https:// instead",
        "een link of bron die begint met '{scheme}' is niet toegestaan (die kan een script "
        "starten in de browser van de bezoeker); link naar een webadres dat begint met "
        "https://"),
    # `error`: the name of the exception Python-Markdown raised.
    "markdown-unrenderable": Message(
        "the Markdown cannot be rendered ({error}); look for very deep nesting (lists, quotes) "
        "or unusual characters",
        "de Markdown kan niet worden omgezet ({error}); zoek naar heel diep geneste lijsten of "
        "citaten, of naar ongebruikelijke tekens"),
}
