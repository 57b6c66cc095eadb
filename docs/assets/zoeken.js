// The search page (docs/zoeken.md): queries the site's own static index ("zoekindex", format 1).
// The index is written by woo_dossiers/search/ (format: its FORMAT.md); its
// reader.py is the reference query: tests/test_search_client.py checks that this client cuts the
// same tokens and gives the same hits, in the same order, with the same excerpts.
// A file, not an inline script: the site's Content-Security-Policy allows no inline scripts.
(function () {
  "use strict";

  const BUNDLES = ["paginas", "bijlagen"];  // the order also breaks score ties
  const MIN_TOKEN = 2;
  const MAX_TOKEN = 40;
  const PREFIX_MIN = 3;        // shorter words match exact terms only
  const PREFIX_TERMS = 64;     // at most this many longer terms per word ...
  const PREFIX_CHUNKS = 4;     // ... found in at most this many consecutive chunks
  const PREFIX_WEIGHT = 0.5;
  const PAGE_SIZE = 10;
  const EXCERPT_BEFORE = 10;   // an excerpt: 10 words before the first match, 30 in all
  const EXCERPT_AFTER = 20;
  const DEBOUNCE_MS = 250;

  // ---- Tokens: identical to the writer's Python tokens() ----

  // Outside the BMP Python counts code points and JS UTF-16 units: such characters separate.
  const ASTRAL = /[\u{10000}-\u{10FFFF}]/gu;
  const MARKS = /\p{M}/gu;
  const WORD = /[\p{L}\p{N}]+/gu;

  function fold(text) {
    return String(text).normalize("NFKD").replace(MARKS, "").toLowerCase().replace(ASTRAL, " ");
  }

  // Tokens of `text`; `stopwords` (an array or Set of folded words) are dropped when given.
  function tokens(text, stopwords) {
    const stop = stopwords instanceof Set ? stopwords : new Set(stopwords || []);
    return (fold(text).match(WORD) || []).filter(
      (t) => t.length >= MIN_TOKEN && t.length <= MAX_TOKEN && !stop.has(t));
  }

  // ---- Loading, each file once ----

  class NotFound extends Error {}

  function fetchOnce(cache, url, read) {
    if (!cache.has(url)) {
      const promise = fetch(url).then((response) => {
        if (response.status === 404) { throw new NotFound(url); }
        if (!response.ok) { throw new Error(url + ": HTTP " + response.status); }
        return read(response);
      });
      // A failed load is not kept: the next search tries again.
      promise.catch(() => cache.delete(url));
      cache.set(url, promise);
    }
    return cache.get(url);
  }

  // Largest i with sorted[i] <= key (0 when key comes before all). Strings hold BMP characters
  // only, so JS's UTF-16 order is Python's code-point order.
  function floorIndex(sorted, key) {
    let low = 0;
    let high = sorted.length - 1;
    let found = 0;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (sorted[mid] <= key) { found = mid; low = mid + 1; } else { high = mid - 1; }
    }
    return found;
  }

  // First i with sorted[i] >= key (sorted.length when none).
  function lowerBound(sorted, key) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid] < key) { low = mid + 1; } else { high = mid; }
    }
    return low;
  }

  // t/<i>.bin: entries of varint L, term, varint n, n x (varint doc delta, u8 impact, varint section).
  function parseChunk(buffer) {
    const bytes = new Uint8Array(buffer);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let pos = 0;
    function varint() {
      let value = 0;
      let scale = 1;
      let byte;
      do {
        if (pos >= bytes.length) { throw new Error("term chunk ends inside an entry"); }
        byte = bytes[pos++];
        value += (byte & 0x7f) * scale;
        scale *= 128;
      } while (byte & 0x80);
      return value;
    }
    const terms = [];
    const postings = [];
    while (pos < bytes.length) {
      const length = varint();
      terms.push(decoder.decode(bytes.subarray(pos, pos + length)));
      pos += length;
      const count = varint();
      const list = new Uint32Array(count * 3);  // doc, impact, section
      let doc = 0;
      for (let i = 0; i < count; i++) {
        doc += varint();
        if (pos >= bytes.length) { throw new Error("term chunk ends inside an entry"); }
        list[3 * i] = doc;
        list[3 * i + 1] = bytes[pos++];
        list[3 * i + 2] = varint();
      }
      postings.push(list);
    }
    return { terms, postings };
  }

  class Bundle {
    constructor(name, base, meta) {
      this.name = name;
      this.base = base;  // URL of the bundle's folder, ending in "/"
      this.meta = meta;
      this.files = new Map();
    }

    chunk(i) {
      return fetchOnce(this.files, new URL("t/" + i + ".bin", this.base).href,
        (r) => r.arrayBuffer().then(parseChunk));
    }

    doc(id) {
      const per = this.meta.docs_per_file;
      const k = Math.floor(id / per);
      return fetchOnce(this.files, new URL("d/" + k + ".json", this.base).href, (r) => r.json())
        .then((docs) => docs[id - k * per]);
    }

    excerptGroup(id, g) {
      const url = new URL("x/" + Math.floor(id / 1000) + "/" + id + "-" + g + ".json", this.base);
      return fetchOnce(this.files, url.href, (r) => r.json());
    }

    // Map doc -> [score, section] for one query word (spec, query step 2).
    async postings(word) {
      const chunks = this.meta.chunks;
      const found = new Map();
      if (!chunks.length) { return found; }
      function add(list, weight) {
        for (let i = 0; i < list.length; i += 3) {
          const score = weight * list[i + 1];
          const seen = found.get(list[i]);
          if (seen === undefined || score > seen[0]) { found.set(list[i], [score, list[i + 2]]); }
        }
      }
      const first = floorIndex(chunks, word);
      let chunk = await this.chunk(first);
      let at = lowerBound(chunk.terms, word);
      if (chunk.terms[at] === word) { add(chunk.postings[at], 1); at += 1; }
      if (word.length < PREFIX_MIN) { return found; }
      let taken = 0;
      let index = first;
      while (taken < PREFIX_TERMS) {
        if (at < chunk.terms.length) {
          if (!chunk.terms[at].startsWith(word)) { break; }
          add(chunk.postings[at], PREFIX_WEIGHT);
          taken += 1;
          at += 1;
        } else {
          // The next chunk can only hold longer terms when its first term starts with the word.
          index += 1;
          if (index >= chunks.length || index >= first + PREFIX_CHUNKS ||
              !chunks[index].startsWith(word)) { break; }
          chunk = await this.chunk(index);
          at = 0;
        }
      }
      return found;
    }
  }

  async function loadBundle(root, name) {
    const base = new URL("zoekindex/" + name + "/", root);
    const cache = new Map();
    try {
      const meta = await fetchOnce(cache, new URL("meta.json", base).href, (r) => r.json());
      if (!meta || meta.format !== 1 || !Array.isArray(meta.chunks)) {
        throw new Error(name + ": not a format 1 search index");
      }
      return new Bundle(name, base, meta);
    } catch (error) {
      if (error instanceof NotFound) { return null; }  // a site without annexes has no "bijlagen"
      throw error;
    }
  }

  // The site's root: the search page is <root>/zoeken/ (or <root>/zoeken/index.html); the root
  // may be a sub-folder.
  const ROOT = new URL("..", window.location.href);
  let loading = null;

  // Resolves to the list of bundles the site has; rejects when the index cannot be used.
  function loadIndex() {
    loading = loading || Promise.all(BUNDLES.map((name) => loadBundle(ROOT, name))).then((loaded) => {
      const bundles = loaded.filter(Boolean);
      if (!bundles.length) { throw new Error("the site has no search index"); }
      return bundles;
    });
    loading.catch(() => { loading = null; });  // try again on the next search
    return loading;
  }

  // ---- Query (spec, query steps 1-5) ----

  function queryWords(query, bundles) {
    const stop = new Set();
    for (const bundle of bundles) { for (const word of bundle.meta.stopwords || []) { stop.add(word); } }
    return Array.from(new Set(tokens(query, stop)));
  }

  // Hits in order: {bundle, doc, score, section}; `bundle` is the bundle's name.
  async function searchBundles(bundles, query) {
    const words = queryWords(query, bundles);
    if (!words.length) { return []; }
    const perBundle = await Promise.all(bundles.map(
      (bundle) => Promise.all(words.map((word) => bundle.postings(word)))));
    const collect = (all) => {
      const hits = [];
      bundles.forEach((bundle, b) => {
        const maps = perBundle[b];
        const docs = new Set();
        for (const map of maps) { for (const doc of map.keys()) { docs.add(doc); } }
        for (const doc of docs) {
          let score = 0;
          let rarest = -1;
          let holding = 0;
          maps.forEach((map, w) => {
            const entry = map.get(doc);
            if (entry === undefined) { return; }
            holding += 1;
            score += entry[0];
            if (rarest < 0 || map.size < maps[rarest].size) { rarest = w; }
          });
          if (all && holding < words.length) { continue; }
          hits.push({ bundle: bundle.name, order: BUNDLES.indexOf(bundle.name), doc, score,
                      section: maps[rarest].get(doc)[1] });
        }
      });
      return hits;
    };
    let hits = collect(true);
    if (!hits.length) { hits = collect(false); }
    hits.sort((a, b) => b.score - a.score || a.order - b.order || a.doc - b.doc);
    return hits.map(({ bundle, doc, score, section }) => ({ bundle, doc, score, section }));
  }

  // ---- Excerpt (spec, query step 6) ----

  // Whether a piece of text holds a token that matches a query word.
  function matches(piece, words) {
    return tokens(piece).some((t) => words.some(
      (w) => t === w || (w.length >= PREFIX_MIN && t.startsWith(w))));
  }

  // [[text, marked], ...]: 30 words of `text` (collapsed, so words are split by single spaces)
  // from 10 before the first matching word; a word is marked whole when one of its tokens
  // matches (a comma beside it stays inside the mark: simple, and the same as the Python).
  function excerpt(text, words) {
    const raw = String(text || "").split(" ").filter(Boolean);
    let first = raw.findIndex((word) => matches(word, words));
    if (first < 0) { first = 0; }
    const start = Math.max(0, first - EXCERPT_BEFORE);
    const end = Math.min(raw.length, first + EXCERPT_AFTER);
    const pieces = [];
    let plain = start > 0 ? ["… "] : [];
    for (let i = start; i < end; i++) {
      if (i > start) { plain.push(" "); }
      if (matches(raw[i], words)) {
        if (plain.length) { pieces.push([plain.join(""), false]); plain = []; }
        pieces.push([raw[i], true]);
      } else {
        plain.push(raw[i]);
      }
    }
    if (end < raw.length) { plain.push(" …"); }
    if (plain.length) { pieces.push([plain.join(""), false]); }
    return pieces;
  }

  // A hit with what its result shows: url, title, context, the section's anchor and heading
  // ("" for the text before a page's first heading) and the excerpt. Fields as the Python Hit.
  async function describe(bundles, hit, words) {
    const bundle = bundles.find((b) => b.name === hit.bundle);
    const doc = await bundle.doc(hit.doc);
    let anchor = "pagina-" + (hit.section + 1);
    let heading = "Pagina " + (hit.section + 1);
    if (Array.isArray(doc.sections)) {
      [anchor, heading] = doc.sections[hit.section] || ["", ""];
    }
    let text = "";
    const groups = doc.groups || [];
    if (groups.length) {
      const g = floorIndex(groups, hit.section);
      const texts = await bundle.excerptGroup(hit.doc, g);
      text = texts[hit.section - groups[g]] || "";
    }
    return Object.assign({}, hit, {
      url: doc.url, title: doc.title || doc.url, context: doc.context || "", anchor, heading,
      excerpt: excerpt(text, words),
    });
  }

  // ---- The page ----

  function element(tag, props, children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children || []) {
      node.append(child);  // strings become text nodes: index data is never parsed as HTML
    }
    return node;
  }

  function count(n) {
    return n.toLocaleString("nl-NL") + (n === 1 ? " resultaat" : " resultaten");
  }

  function start(container) {
    // Absolute paths, so links hold wherever the site is published.
    const link = (url, anchor) => {
      const target = new URL(url, ROOT);
      target.hash = anchor || "";
      return target.pathname + target.search + target.hash;
    };

    const input = element("input", {
      type: "search", id: "zoekterm", name: "q", autocomplete: "off", spellcheck: false,
      className: "woo-zoek__invoer",
    });
    const form = element("form", { className: "woo-zoek__formulier", action: "", method: "get" }, [
      element("label", { htmlFor: "zoekterm", className: "woo-zoek__label" },
        ["Zoek in besluiten, brieven en bijlagen"]),
      element("div", { className: "woo-zoek__rij" }, [
        input,
        element("button", { type: "submit", className: "md-button md-button--primary" }, ["Zoeken"]),
      ]),
    ]);
    form.setAttribute("role", "search");
    const message = element("p", { className: "woo-zoek__melding" });
    message.setAttribute("role", "status");
    message.setAttribute("aria-live", "polite");
    const list = element("ol", { className: "woo-zoek__resultaten" });
    list.setAttribute("aria-label", "Zoekresultaten");
    const more = element("button", {
      type: "button", className: "md-button woo-zoek__meer", hidden: true,
    }, ["Meer resultaten"]);
    container.replaceChildren(form, message, list, more);

    let current = { seq: 0, query: "", hits: [], shown: 0, pending: null };
    let timer = 0;

    function item(details) {
      const heading = element("h2", { className: "woo-zoek__titel" }, [
        element("a", { href: link(details.url) }, [details.title]),
      ]);
      const children = [heading];
      if (details.context) {
        children.push(element("p", { className: "woo-zoek__context" }, [details.context]));
      }
      if (details.excerpt.length) {
        children.push(element("p", { className: "woo-zoek__uittreksel" }, details.excerpt.map(
          ([text, marked]) => (marked ? element("mark", {}, [text]) : text))));
      }
      if (details.anchor) {  // not for the text before a page's first heading
        children.push(element("p", { className: "woo-zoek__sectie" }, [
          "Gevonden in ",
          element("a", { href: link(details.url, details.anchor) }, [details.heading]),
        ]));
      }
      const li = element("li", { className: "woo-zoek__resultaat" }, children);
      li.setAttribute("data-search-result", "");
      return li;
    }

    function failed(seq) {
      if (seq !== current.seq) { return; }
      list.replaceChildren();
      more.hidden = true;
      message.textContent = "De zoekindex kon niet worden geladen. Probeer het later opnieuw; " +
        "alle besluiten staan ook op de pagina Besluiten.";
    }

    // Draws the next page of hits (the first replaces the previous search's results, which stay
    // until then); resolves to the new items, or null when a newer search took over.
    function showMore(state) {
      // A second click while a page is on its way waits for that page, not for a copy of it.
      state.pending = state.pending || (async () => {
        const loaded = await loadIndex();
        const next = state.hits.slice(state.shown, state.shown + PAGE_SIZE);
        const words = queryWords(state.query, loaded);
        const details = await Promise.all(next.map((hit) => describe(loaded, hit, words)));
        if (state !== current) { return null; }
        const items = details.map(item);
        if (state.shown === 0) { list.replaceChildren(...items); } else { list.append(...items); }
        state.shown += next.length;
        more.hidden = state.shown >= state.hits.length;
        return items;
      })().finally(() => { state.pending = null; });
      return state.pending;
    }

    async function run(query) {
      const state = { seq: current.seq + 1, query, hits: [], shown: 0, pending: null };
      current = state;
      const url = new URL(window.location.href);
      if (query.trim()) { url.searchParams.set("q", query); } else { url.searchParams.delete("q"); }
      window.history.replaceState(window.history.state, "", url.href);
      if (!query.trim()) {
        list.replaceChildren();
        more.hidden = true;
        message.textContent = "";
        return;
      }
      try {
        state.hits = await searchBundles(await loadIndex(), query);
        if (state !== current) { return; }
        const quoted = "‘" + query.trim() + "’";
        if (!state.hits.length) {
          list.replaceChildren();
          more.hidden = true;
          message.textContent = "Geen resultaten voor " + quoted;
          return;
        }
        if (await showMore(state)) {
          message.textContent = count(state.hits.length) + " voor " + quoted;
        }
      } catch (error) {
        failed(state.seq);
      }
    }

    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => run(input.value), DEBOUNCE_MS);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      window.clearTimeout(timer);
      run(input.value);
    });
    more.addEventListener("click", async () => {
      const state = current;
      try {
        const items = await showMore(state);
        // Keyboard users continue at the first result that was added.
        if (items && items.length) { items[0].querySelector("a").focus(); }
      } catch (error) {
        failed(state.seq);
      }
    });

    const query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      input.value = query;
      run(query);
    }
  }

  // For the browser tests: the pure parts, and a search over this site's index.
  window.wooZoeken = Object.freeze({
    tokens,
    excerpt,
    // The first `limit` hits described, as the Python reference's search() gives them.
    search: async (query, limit = PAGE_SIZE) => {
      const bundles = await loadIndex();
      const hits = await searchBundles(bundles, query);
      const words = queryWords(query, bundles);
      return Promise.all(hits.slice(0, limit).map((hit) => describe(bundles, hit, words)));
    },
  });

  function init() {
    const container = document.getElementById("zoekvak");
    if (container) { start(container); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
