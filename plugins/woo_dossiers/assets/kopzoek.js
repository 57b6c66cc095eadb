/* The header's search field on every page (templates/partials/header.html): the first results
 * of our own index in a panel under the field while typing, and a link to the search page with
 * the query, where the facets are.
 *
 * Without this script the field is a plain GET form to zoeken/?q=..., and Enter stays that.
 * This file is small and loaded on every page; it does nothing until the field is used. The
 * query engine is the search page's own script (docs/assets/zoeken.js, its window.wooZoeken),
 * loaded on the field's first focus or input, and the index is fetched by the first search:
 * opening a page downloads neither. On the search page the header sends its query to the
 * page's own box instead of opening a panel beside it.
 *
 * Accessibility (WCAG 2.1 AA), a list of links rather than an ARIA combobox: the field is
 * labelled; a polite live region says how many results there are; the results are links
 * reached by Tab or the arrow keys; Escape closes the panel and puts focus back in the field
 * (a second Escape closes the search, as the theme's own search does). Index data goes into
 * the page as text nodes only, never as HTML. No inline script: the site's CSP forbids it.
 */
(function () {
  "use strict";

  var SHOWN = 5;          // results in the panel; the search page has the rest
  var DEBOUNCE_MS = 250;  // as the search page

  function start() {
    var input = document.getElementById("woo-kopzoek");
    var toggle = document.getElementById("__search");  // the theme's "search is open" switch
    // A site's own header without the address of the search code keeps the plain form.
    if (!input || !input.form || !input.form.getAttribute("data-woo-zoekcode")) { return; }
    var form = input.form;
    var area = form.closest(".woo-kopzoek") || form;
    var inner = form.parentNode;
    var code = form.getAttribute("data-woo-zoekcode");
    var searchPage = new URL(form.action, window.location.href);  // <root>/zoeken/
    var root = new URL("..", searchPage);

    function setOpen(open) {  // the theme's CSS shows the field (phones) and the panel by this
      if (toggle && toggle.checked !== open) { toggle.checked = open; }
    }

    // On the search page the page's own box runs the query, with the chosen filters.
    function pageBox() { return document.getElementById("zoekterm"); }

    // ---- Loading the search code once, when it is first needed ----

    var loading = null;
    function engine() {
      if (window.wooZoeken) { return Promise.resolve(window.wooZoeken); }
      loading = loading || new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = code;
        script.onload = function () {
          if (window.wooZoeken) { resolve(window.wooZoeken); } else { reject(new Error(code)); }
        };
        script.onerror = function () { script.remove(); reject(new Error(code)); };
        document.head.appendChild(script);
      });
      loading.catch(function () { loading = null; });  // the next search tries again
      return loading;
    }

    // ---- The panel (built on first use, in the theme's markup for its search results) ----

    var output = null;
    var status = null;
    var list = null;
    var all = null;

    function element(tag, className, children) {
      var node = document.createElement(tag);
      if (className) { node.className = className; }
      (children || []).forEach(function (child) { node.append(child); });  // strings: text nodes
      return node;
    }

    function panel() {
      if (output) { return; }
      status = element("div", "md-search-result__meta woo-kopzoek__melding");
      status.id = "woo-kopzoek-melding";
      status.setAttribute("role", "status");
      status.setAttribute("aria-live", "polite");
      list = element("ol", "md-search-result__list woo-kopzoek__lijst");
      list.setAttribute("aria-label", "Eerste zoekresultaten");
      all = element("a", "woo-kopzoek__alle", ["Alle resultaten en filters"]);
      output = element("div", "md-search__output woo-kopzoek__uitvoer", [
        element("div", "md-search__scrollwrap", [
          element("div", "md-search-result", [status, list, element("p", "woo-kopzoek__meer", [all])]),
        ]),
      ]);
      output.hidden = true;
      inner.appendChild(output);
      output.addEventListener("keydown", onPanelKey);
    }

    function show(visible) {
      if (output) { output.hidden = !visible; }
    }
    function isShown() { return Boolean(output && !output.hidden); }

    function link(url, anchor) {  // absolute paths, so links hold on every page and the 404
      var target = new URL(url, root);
      target.hash = anchor || "";
      return target.pathname + target.search + target.hash;
    }

    function item(hit) {
      var title = element("a", "woo-kopzoek__link", [hit.title]);
      title.href = link(hit.url, hit.anchor);
      var where = [hit.context, hit.anchor ? "Gevonden in " + hit.heading : ""].filter(Boolean);
      var body = [element("div", "md-search-result__icon md-icon"), title];
      if (where.length) { body.push(element("p", "woo-kopzoek__context", [where.join(" · ")])); }
      if (hit.excerpt.length) {
        body.push(element("p", "woo-kopzoek__uittreksel", hit.excerpt.map(function (piece) {
          return piece[1] ? element("mark", "", [piece[0]]) : piece[0];
        })));
      }
      return element("li", "md-search-result__item woo-kopzoek__resultaat", [
        element("div", "md-search-result__article md-typeset", body),
      ]);
    }

    function count(n) {
      return n.toLocaleString("nl-NL") + (n === 1 ? " resultaat" : " resultaten");
    }

    // ---- Searching ----

    var seq = 0;
    var timer = 0;

    function search() {
      var query = input.value.trim();
      var mine = ++seq;
      if (!query) { show(false); return; }
      panel();
      var address = new URL(searchPage.href);
      address.searchParams.set("q", query);
      all.href = address.pathname + address.search;
      engine().then(function (zoeken) { return zoeken.run(query, SHOWN); }).then(function (found) {
        if (mine !== seq) { return; }
        var quoted = "‘" + query + "’";
        if (found.corrections.length) {
          quoted += " (gezocht naar " + found.corrections.map(function (pair) {
            return "‘" + pair[1] + "’";
          }).join(" en ") + ")";
        }
        list.replaceChildren.apply(list, found.hits.map(item));
        // "Ten minste": the unread tails of long posting lists may hold more hits than counted.
        // The tail budget stopped the proof (zoeken.js TAIL_BUDGET): the order is approximate,
        // said in the search page's words.
        status.textContent = (found.total ? (found.exact ? "" : "Ten minste ") + count(found.total)
          : "Geen resultaten") + " voor " + quoted + (found.approximate ? window.wooZoeken.approximate : "");
        show(document.activeElement === input || area.contains(document.activeElement));
      }, function () {
        if (mine !== seq) { return; }
        list.replaceChildren();
        status.textContent = "De zoekfunctie kon niet worden geladen. Druk op Enter om op de " +
          "zoekpagina te zoeken.";
        show(true);
      });
    }

    // ---- Keys and focus ----

    function links() { return output ? Array.prototype.slice.call(output.querySelectorAll("a[href]")) : []; }

    var returning = false;  // focus put back by Escape: the panel stays closed
    function close(refocus) {
      show(false);
      if (refocus) {
        returning = true;
        input.focus();
        returning = false;
      }
    }

    function onPanelKey(event) {
      var targets = links();
      var at = targets.indexOf(document.activeElement);
      if (event.key === "Escape") {
        event.preventDefault();
        close(true);
      } else if (event.key === "ArrowDown" && at >= 0) {
        event.preventDefault();
        targets[Math.min(at + 1, targets.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        event.preventDefault();
        if (at === 0) { input.focus(); } else { targets[at - 1].focus(); }
      }
    }

    input.addEventListener("focus", function () {
      setOpen(true);
      if (pageBox()) { return; }
      engine().catch(function () {});  // the code only; the index waits for a query
      if (!returning && input.value.trim() && output && list.childNodes.length) { show(true); }
    });
    input.addEventListener("input", function () {
      if (pageBox()) { return; }
      window.clearTimeout(timer);
      timer = window.setTimeout(search, DEBOUNCE_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();  // keep the query (a search field would clear itself)
        window.clearTimeout(timer);
        seq += 1;  // a search on its way does not open the panel again
        if (isShown()) {
          close(false);
        } else {
          setOpen(false);
          input.blur();
        }
      } else if (event.key === "ArrowDown" && input.value.trim() && !pageBox()) {
        event.preventDefault();
        if (isShown() && links().length) {
          links()[0].focus();
        } else {
          window.clearTimeout(timer);
          search();
        }
      }
    });
    form.addEventListener("submit", function (event) {
      var box = pageBox();
      if (!box || !box.form) { return; }  // elsewhere: the search page, as without JavaScript
      event.preventDefault();
      box.value = input.value;
      setOpen(false);
      box.form.requestSubmit();
      box.focus();
    });
    // Focus that moves elsewhere (Tab past the last link) closes the search; a click on the
    // theme's overlay closes it through the switch.
    area.addEventListener("focusout", function (event) {
      if (event.relatedTarget && !area.contains(event.relatedTarget)) {
        show(false);
        setOpen(false);
      }
    });
    if (toggle) {
      toggle.addEventListener("change", function () {
        if (toggle.checked) {
          input.focus();  // the search button on phones opens the field: type straight away
        } else {
          show(false);
        }
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
