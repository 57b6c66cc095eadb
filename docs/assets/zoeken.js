// The search page (docs/zoeken.md): queries the site's own static index ("zoekindex", format 4).
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
  const PREFIX_CHUNKS = 8;     // ... found in at most this many consecutive chunks (2 kB each)
  // A word's score in a doc: tier * TIER_SCALE + impact (exact, then stem, then compound).
  const EXACT = 3;
  const STEMMED = 2;
  const NEAR = 1;
  const TIER_SCALE = 256;
  const PART_MIN = 4;          // a compound part (zorg in jeugdzorg): 4+ letters
  const FUZZY_MIN = 5;         // a word that finds nothing is corrected from 5 letters on
  const STEM_KEY = "\x01";     // key markers of the index (FORMAT.md "Keys")
  const PART_KEY = "\x02";
  const FACET_KEY = "\x03";
  const ARTICLE_PREFIX = "art.";
  const PAGE_SIZE = 10;
  // Tail bytes a query may read per page of PAGE_SIZE hits to prove its page (spec, query
  // step 6; reader.py TAIL_BUDGET): past it the page is ranked from what was read.
  const TAIL_BUDGET = 24576;
  const APPROXIMATE = "; de volgorde is bij benadering, omdat deze woorden heel vaak voorkomen";
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

  const CODE = /[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)+/gu;
  const ARTICLE =
    /(?<![\p{L}\p{N}])(?:artikel|art)(?![\p{L}\p{N}])\.?[ \t\r\n]+([0-9][\p{L}\p{N}]*(?:[./-][\p{L}\p{N}]+)*)/gu;

  // [start, end, token, kind] of folded text: kind 0 a word, 1 a code, 2 an article.
  function spans(text) {
    const found = [];
    for (const m of text.matchAll(WORD)) {
      if (m[0].length >= MIN_TOKEN && m[0].length <= MAX_TOKEN) {
        found.push([m.index, m.index + m[0].length, m[0], 0]);
      }
    }
    for (const m of text.matchAll(CODE)) {
      if (m[0].length <= MAX_TOKEN && /[0-9]/.test(m[0])) {
        found.push([m.index, m.index + m[0].length, m[0], 1]);
      }
    }
    for (const m of text.matchAll(ARTICLE)) {
      if (m[1].length + ARTICLE_PREFIX.length <= MAX_TOKEN) {
        found.push([m.index, m.index + m[0].length, ARTICLE_PREFIX + m[1], 2]);
      }
    }
    return found;
  }

  function foldWords(text) { return fold(text).replace(/_/g, " "); }

  // Tokens of `text` as the writer cuts them: the words, then the codes, then the articles;
  // `stopwords` (an array or Set of folded words) are dropped when given.
  function tokens(text, stopwords) {
    const stop = stopwords instanceof Set ? stopwords : new Set(stopwords || []);
    const kinds = spans(foldWords(text));
    return kinds.filter((s) => s[3] === 0).concat(kinds.filter((s) => s[3] !== 0))
      .map((s) => s[2]).filter((t) => !stop.has(t));
  }

  // Tokens of a query in the order typed; a code or article stands for the words inside it.
  function queryTokens(text) {
    const all = spans(foldWords(text));
    const kept = all.filter((s) => !all.some((c) => c[3] > s[3] && c[0] <= s[0] && s[1] <= c[1]));
    kept.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    return kept.map((s) => s[2]);
  }

  // ---- Stems: the vendored Snowball Dutch stemmer (stemmer-nl.js, an ES module) ----

  const STEMMABLE = /^[a-z]{3,}$/;
  const SCRIPT = document.currentScript ? document.currentScript.src : window.location.href;
  let stemmer = null;
  let stemming = null;
  function loadStemmer() {
    stemming = stemming || import(new URL("stemmer-nl.js", SCRIPT).href)
      .then((module) => { stemmer = module.stemmer; });
    stemming.catch(() => { stemming = null; });
    return stemming;
  }
  function stemmable(word) { return STEMMABLE.test(word); }
  function stem(word) { return stemmable(word) ? stemmer(word) : word; }
  function isWord(key) { return key[key.length - 1] > FACET_KEY; }

  // Whether b is a with one letter added, left out, changed, or two neighbours swapped.
  function oneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) { return false; }
    let i = 0;
    while (i < Math.min(a.length, b.length) && a[i] === b[i]) { i += 1; }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) || (i + 1 < a.length && a[i] === b[i + 1] &&
        a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    if (a.length > b.length) { return a.slice(i + 1) === b.slice(i); }
    return a.slice(i) === b.slice(i + 1);
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

  // Bytes offset .. offset + length - 1 of a file, by an HTTP range request; a server that
  // ignores the range sends the whole file (200), which is cut here.
  function fetchRange(cache, url, offset, length) {
    const key = url + "#" + offset + "+" + length;
    if (!cache.has(key)) {
      const promise = fetch(url, { headers: { Range: "bytes=" + offset + "-" + (offset + length - 1) } })
        .then((response) => {
          if (!response.ok) { throw new Error(url + ": HTTP " + response.status); }
          return response.arrayBuffer().then((buffer) => new Uint8Array(buffer,
            response.status === 206 ? 0 : Math.min(offset, buffer.byteLength)).slice(0, length));
        });
      promise.catch(() => cache.delete(key));
      cache.set(key, promise);
    }
    return cache.get(key);
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

  // Unsigned LEB128 varints of `bytes` from a position: next() reads one.
  function reader(bytes, pos = 0) {
    return {
      get pos() { return pos; },
      set pos(value) { pos = value; },
      byte() {
        if (pos >= bytes.length) { throw new Error("index file ends inside an entry"); }
        return bytes[pos++];
      },
      next() {
        let value = 0;
        let scale = 1;
        let byte;
        do {
          byte = this.byte();
          value += (byte & 0x7f) * scale;
          scale *= 128;
        } while (byte & 0x80);
        return value;
      },
    };
  }

  // count postings (varint doc delta, u8 impact, varint part) as [doc, impact, part, ...].
  function readPostings(input, count) {
    const list = new Uint32Array(count * 3);
    let doc = 0;
    for (let i = 0; i < count; i++) {
      doc += input.next();
      list[3 * i] = doc;
      list[3 * i + 1] = input.byte();
      list[3 * i + 2] = input.next();
    }
    return list;
  }

  // Postings in each tail segment of a key (df postings, a head of h): twice the one before
  // (h first), the last one what is left (FORMAT.md "Tails"; the writer's tier_sizes).
  function tierSizes(df, head) {
    const sizes = [];
    let rest = df - head;
    for (let size = head; rest > 0; size *= 2) {
      sizes.push(Math.min(size, rest));
      rest -= sizes[sizes.length - 1];
    }
    return sizes;
  }

  // t/<i>.bin: entries of varint L, term, varint df, varint h, h postings, and when h < df the
  // tail: varint file, offset, then per segment its best posting's impact and doc and its
  // length (FORMAT.md).
  function parseChunk(buffer) {
    const bytes = new Uint8Array(buffer);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const input = reader(bytes);
    const terms = [];
    const entries = [];
    while (input.pos < bytes.length) {
      const length = input.next();
      terms.push(decoder.decode(bytes.subarray(input.pos, input.pos + length)));
      input.pos += length;
      const df = input.next();
      const count = input.next();
      const entry = { list: readPostings(input, count), df, tail: null };
      if (count < df) {
        const file = input.next();
        let offset = input.next();
        const segments = tierSizes(df, count).map((postings) => {
          const [impact, doc, size] = [input.next(), input.next(), input.next()];
          offset += size;
          return { impact, doc, offset: offset - size, size, postings };
        });
        entry.tail = { file, segments };
      }
      entries.push(entry);
    }
    return { terms, entries };
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

    // The text of excerpt part p of a doc: its slot in x/<doc // 1000>/<doc>-<file>.txt.
    async part(id, p) {
      const per = this.meta.parts_per_file;
      const size = this.meta.part_bytes;
      const url = new URL("x/" + Math.floor(id / 1000) + "/" + id + "-" + Math.floor(p / per) + ".txt",
        this.base);
      const bytes = await fetchRange(this.files, url.href, (p % per) * size, size);
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/ +$/, "");
    }

    // The postings of an entry's head and of its first `depth` tail segments (each a range of
    // p/<file>.bin); every posting when depth is left out.
    async read(entry, depth = Infinity) {
      if (!entry || !entry.tail || depth === 0) { return entry ? entry.list : null; }
      const url = new URL("p/" + entry.tail.file + ".bin", this.base).href;
      const parts = [entry.list];
      for (const segment of entry.tail.segments.slice(0, depth)) {
        const bytes = await fetchRange(this.files, url, segment.offset, segment.size);
        parts.push(readPostings(reader(bytes), segment.postings));
      }
      const list = new Uint32Array(parts.reduce((n, part) => n + part.length, 0));
      parts.reduce((at, part) => { list.set(part, at); return at + part.length; }, 0);
      return list;
    }

    floor(key) { return floorIndex(this.meta.chunks, key); }

    // The entry of one key, or null.
    async lookup(key) {
      if (!this.meta.chunks.length) { return null; }
      const chunk = await this.chunk(this.floor(key));
      const at = lowerBound(chunk.terms, key);
      return chunk.terms[at] === key ? chunk.entries[at] : null;
    }

    // Entries of up to 64 longer words that start with `word`, from at most 8 chunks.
    async prefixTerms(word) {
      const chunks = this.meta.chunks;
      const first = this.floor(word);
      const out = [];
      for (let i = first; i < Math.min(first + PREFIX_CHUNKS, chunks.length); i++) {
        const chunk = await this.chunk(i);
        for (let j = 0; j < chunk.terms.length; j++) {
          const term = chunk.terms[j];
          if (term <= word || !isWord(term)) { continue; }
          if (!term.startsWith(word) || out.length === PREFIX_TERMS) { return out; }
          out.push(chunk.entries[j]);
        }
      }
      return out;
    }

    // One query word: {found: Map doc -> [score, part], opens: [[score, doc], ...] of the next
    // unread tail segment of each key that has one, openKeys: those keys, df: the most postings
    // of one of its keys}; the word, its stem and (with `near`) the longer words that begin or
    // end with it; from the heads and as many tail segments of each key as `depths` (a Map
    // from a key's entry) says (step 2).
    async postings(word, near = true, depths = new Map()) {
      const out = { found: new Map(), opens: [], openKeys: [], df: 0 };
      if (!this.meta.chunks.length) { return out; }
      const take = async (entry, tier) => {
        if (!entry) { return; }
        out.df = Math.max(out.df, entry.df);
        const depth = depths.get(entry) || 0;
        if (entry.tail && depth < entry.tail.segments.length) {
          const next = entry.tail.segments[depth];
          out.opens.push([tier * TIER_SCALE + next.impact, next.doc]);
          out.openKeys.push(entry);
        }
        const list = await this.read(entry, depth);
        for (let i = 0; i < list.length; i += 3) {
          const score = tier * TIER_SCALE + list[i + 1];
          const seen = out.found.get(list[i]);
          if (seen === undefined || score > seen[0]) { out.found.set(list[i], [score, list[i + 2]]); }
        }
      };
      await take(await this.lookup(word), EXACT);
      if (stemmable(word)) {
        const root = stem(word);
        let entry = await this.lookup(root + STEM_KEY);
        // No stem key: its word alone had that stem, and the writer left the key out.
        if (entry === null && stem(root) === root) { entry = await this.lookup(root); }
        await take(entry, STEMMED);
      }
      if (near) {
        if (word.length >= PREFIX_MIN) {
          for (const entry of await this.prefixTerms(word)) { await take(entry, NEAR); }
        }
        if (stemmable(word) && word.length >= PART_MIN) {
          await take(await this.lookup(word + PART_KEY), NEAR);
        }
      }
      return out;
    }

    // The docs that have every facet ("field=value"); null when none is asked.
    async allowed(facets) {
      let allowed = null;
      for (const facet of facets) {
        const list = (await this.read(await this.lookup(facet + FACET_KEY))) || [];
        const docs = new Set();
        for (let i = 0; i < list.length; i += 3) { docs.add(list[i]); }
        allowed = allowed === null ? docs : new Set([...allowed].filter((d) => docs.has(d)));
      }
      return allowed;
    }
  }

  // The index word one edit away from `word` that most docs hold (then the first in order),
  // looked for in the chunks of the word, the next one, and of the word with its first letter
  // dropped or its first two swapped.
  async function correction(bundles, word) {
    if (!stemmable(word) || word.length < FUZZY_MIN) { return null; }
    const df = new Map();
    for (const bundle of bundles) {
      const n = bundle.meta.chunks.length;
      if (!n) { continue; }
      const first = bundle.floor(word);
      const wanted = new Set([first, first + 1, bundle.floor(word.slice(1)),
        bundle.floor(word[0] + word.slice(2)), bundle.floor(word[1] + word[0] + word.slice(2))]);
      for (const i of Array.from(wanted).filter((c) => c < n).sort((a, b) => a - b)) {
        const chunk = await bundle.chunk(i);
        chunk.terms.forEach((term, j) => {
          if (isWord(term) && stemmable(term) && oneEdit(word, term)) {
            df.set(term, (df.get(term) || 0) + chunk.entries[j].df);
          }
        });
      }
    }
    let best = null;
    for (const [term, count] of df) {
      if (best === null || count > df.get(best) || (count === df.get(best) && term < best)) {
        best = term;
      }
    }
    return best;
  }

  async function loadBundle(root, name) {
    const base = new URL("zoekindex/" + name + "/", root);
    const cache = new Map();
    try {
      const meta = await fetchOnce(cache, new URL("meta.json", base).href, (r) => r.json());
      if (!meta || meta.format !== 4 || !Array.isArray(meta.chunks)) {
        throw new Error(name + ": not a format 4 search index");
      }
      return new Bundle(name, base, meta);
    } catch (error) {
      if (error instanceof NotFound) { return null; }  // a site without annexes has no "bijlagen"
      throw error;
    }
  }

  // The site's root, from this script's address (<root>/assets/zoeken.js), so the header's
  // search field (assets/woo/kopzoek.js) can load it on any page; the root may be a sub-folder.
  const ROOT = new URL("..", SCRIPT);
  let loading = null;

  // Resolves to the list of bundles the site has; rejects when the index cannot be used.
  function loadIndex() {
    loading = loading || Promise.all(
      BUNDLES.map((name) => loadBundle(ROOT, name)).concat([loadStemmer()])).then((loaded) => {
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
    return Array.from(new Set(queryTokens(query).filter((t) => !stop.has(t))));
  }

  // Whether no unread tail can hold a better posting of this doc for any word (step 6).
  function settled(perWord, doc, found) {
    return found.every((x, w) => perWord[w].opens.every(([score, first]) =>
      x !== undefined && (x[0] > score || (x[0] === score && doc < first))));
  }

  // The keys whose next segment is read: per word, its open keys of the highest bound (the
  // bound the proof meets), each key once, in the order first met.
  function binding(words) {
    const keys = [];
    for (const word of words) {
      const top = word.opens.reduce((m, [score]) => Math.max(m, score), -1);
      word.opens.forEach(([score], i) => {
        if (score === top && !keys.includes(word.openKeys[i])) { keys.push(word.openKeys[i]); }
      });
    }
    return keys;
  }

  // Lexicographic order of [-score, bundle order, doc] keys.
  function before(a, b) {
    for (let i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return a[i] < b[i]; } }
    return false;
  }

  // {hits, total, exact} (hits in order as {bundle, doc, score, found, b}), or null when tails
  // are unread and the first `limit` hits cannot be told from the heads (spec, query step 6).
  // Not `proven`: the first `limit` of the docs known to have every word by their known scores,
  // without the proof (null only while fewer are known).
  function rank(bundles, perBundle, allowed, limit, single, proven = true) {
    const candidates = [];
    bundles.forEach((bundle, b) => {
      const docs = new Set();
      for (const word of perBundle[b]) { for (const doc of word.found.keys()) { docs.add(doc); } }
      for (const doc of docs) {
        if (allowed[b] !== null && !allowed[b].has(doc)) { continue; }
        const found = perBundle[b].map((word) => word.found.get(doc));
        const score = found.reduce((sum, x) => sum + (x === undefined ? 0 : x[0]), 0);
        candidates.push({ bundle: bundle.name, b, doc, found, score,
                          key: [-score, BUNDLES.indexOf(bundle.name), doc] });
      }
    });
    const byKey = (x, y) => (before(x.key, y.key) ? -1 : 1);
    const complete = candidates.filter((c) => c.found.every((x) => x !== undefined));
    if (!perBundle.some((words) => words.some((word) => word.opens.length))) {
      const chosen = complete.length ? complete : candidates;
      return { hits: chosen.sort(byKey), total: chosen.length, exact: true };
    }
    if (complete.length < Math.max(limit, 1)) { return null; }
    complete.sort(byKey);
    const top = complete.slice(0, limit);
    const total = () => {
      let sum = 0;
      bundles.forEach((bundle, b) => {
        const known = complete.filter((c) => c.b === b).length;
        sum += single ? Math.max(known, perBundle[b][0].df) : known;
      });
      return sum;
    };
    if (!proven) { return { hits: top, total: total(), exact: false }; }
    if (!top.every((c) => settled(perBundle[c.b], c.doc, c.found))) { return null; }
    const last = top[top.length - 1].key;
    const shown = new Set(top);
    const best = (word) => word.opens.reduce((m, [score]) => Math.max(m, score), 0);
    for (let b = 0; b < bundles.length; b++) {
      const words = perBundle[b];
      if (!words.every((word) => word.opens.length)) { continue; }
      // a doc in no head may have every word, each at its tails' best
      const first = Math.max(...words.map((word) => Math.min(
        ...word.opens.filter(([score]) => score === best(word)).map(([, doc]) => doc))));
      const sum = words.reduce((total, word) => total + best(word), 0);
      if (!before(last, [-sum, BUNDLES.indexOf(bundles[b].name), first])) { return null; }
    }
    for (const c of candidates) {
      const words = perBundle[c.b];
      if (shown.has(c) || (c.found.every((x) => x !== undefined) && settled(words, c.doc, c.found))) {
        continue;
      }
      if (c.found.some((x, w) => x === undefined && !words[w].opens.length)) { continue; }
      // the most it can score: a doc before the first tail doc of a score cannot reach it
      const upper = c.found.reduce((sum, x, w) => {
        const opens = words[w].opens;
        if (!opens.length) { return sum + (x === undefined ? 0 : x[0]); }
        const top = best(words[w]);
        const first = Math.min(...opens.filter(([score]) => score === top).map(([, doc]) => doc));
        return sum + Math.max(x === undefined ? 0 : x[0], c.doc >= first ? top : top - 1);
      }, 0);
      if (!before(last, [-upper, c.key[1], c.doc])) { return null; }
    }
    return { hits: top, total: total(), exact: false };
  }

  // {hits, total, exact, approximate, words, corrections}: the first `limit` hits in order (all
  // when exact) as {bundle, doc, score, part} (`bundle` is the bundle's name); the total (a lower
  // bound when not exact); whether the tail budget stopped the proof (the order is then that of
  // what was read); words as searched (a corrected word replaced); [typed, instead] pairs.
  async function searchBundles(bundles, query, facets = [], limit = PAGE_SIZE) {
    const words = queryWords(query, bundles);
    const corrections = [];
    if (!words.length) { return { hits: [], total: 0, exact: true, approximate: false, words, corrections }; }
    const near = words.map(() => true);
    const depths = bundles.map(() => new Map());
    const gather = () => Promise.all(bundles.map(
      (bundle, b) => Promise.all(words.map((word, w) => bundle.postings(word, near[w], depths[b])))));
    let perBundle = await gather();
    for (let w = 0; w < words.length; w++) {
      if (perBundle.some((maps) => maps[w].found.size)) { continue; }
      const instead = await correction(bundles, words[w]);
      if (instead === null) { continue; }
      corrections.push([words[w], instead]);
      words[w] = instead;
      near[w] = false;
      for (let b = 0; b < bundles.length; b++) {
        perBundle[b][w] = await bundles[b].postings(instead, false);
      }
    }
    const allowed = await Promise.all(bundles.map((bundle) => bundle.allowed(facets)));
    const single = words.length === 1 && !facets.length;
    let ranked = rank(bundles, perBundle, allowed, limit, single);
    const allowance = TAIL_BUDGET * Math.max(1, Math.ceil(limit / PAGE_SIZE));  // per page asked
    let spent = 0;
    let approximate = false;
    // What was read cannot tell: read on where the bounds are highest, until it can, or until
    // the next segments would pass the budget and `limit` docs with every word are known.
    while (ranked === null) {
      const keys = perBundle.map(binding);
      const cost = keys.reduce((sum, list, b) => list.reduce(
        (n, key) => n + key.tail.segments[depths[b].get(key) || 0].size, sum), 0);
      if (spent + cost > allowance) {
        ranked = rank(bundles, perBundle, allowed, limit, single, false);
        if (ranked !== null) { approximate = true; break; }
      }
      spent += cost;
      keys.forEach((list, b) => {
        for (const key of list) { depths[b].set(key, (depths[b].get(key) || 0) + 1); }
      });
      perBundle = await gather();
      ranked = rank(bundles, perBundle, allowed, limit, single);
    }
    const hits = ranked.hits.map((c) => {
      const words = perBundle[c.b];
      // the part of the rarest word the doc has (fewest postings in this bundle, then query order)
      let rarest = -1;
      c.found.forEach((x, w) => {
        if (x !== undefined && (rarest < 0 || words[w].df < words[rarest].df)) { rarest = w; }
      });
      return { bundle: c.bundle, doc: c.doc, score: c.score, part: c.found[rarest][1] };
    });
    return { hits, total: ranked.total, exact: ranked.exact, approximate, words, corrections };
  }

  // ---- Excerpt (spec, query step 6) ----

  // Whether a token of the text is marked for a query word: the word itself, a longer word it
  // begins or ends (a compound), a word with its stem, or the number of an article.
  function wordMatches(token, word) {
    if (token === word || (word.length >= PREFIX_MIN && token.startsWith(word))) { return true; }
    if (stemmable(word) && stemmable(token)) {
      return stem(token) === stem(word) || (word.length >= PART_MIN && token.endsWith(word));
    }
    return word.startsWith(ARTICLE_PREFIX) && token === word.slice(ARTICLE_PREFIX.length);
  }

  // Whether a piece of text holds a token that matches a query word.
  function matches(piece, words) {
    return tokens(piece).some((t) => words.some((w) => wordMatches(t, w)));
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
    const section = hit.part < doc.parts ? floorIndex(doc.starts, hit.part) : 0;
    let anchor = "pagina-" + (section + 1);
    let heading = "Pagina " + (section + 1);
    if (Array.isArray(doc.sections)) {
      [anchor, heading] = doc.sections[section] || ["", ""];
    }
    const text = hit.part < doc.parts ? await bundle.part(hit.doc, hit.part) : "";
    return Object.assign({}, hit, {
      url: doc.url, title: doc.title || doc.url, context: doc.context || "", anchor, heading,
      section, excerpt: excerpt(text, words),
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
    // The filters (the overview's facets, form#zoek-filters, written by the plugin into
    // filters.html beside this page) are behind a button and fetched when it is first opened:
    // at 10,000 decisions the form is 11 kB that a first search need not download.
    let filters = null;
    let loadingFilters = null;
    const facets = () => (filters ? Array.from(filters.querySelectorAll("select[data-woo-field]"))
      .filter((select) => select.value)
      .map((select) => select.getAttribute("data-woo-field") + "=" + select.value) : []);
    const filterPanel = element("div", { id: "zoek-filtervak", className: "woo-zoek__filters",
                                         hidden: true });
    const filterButton = element("button", {
      type: "button", className: "md-button woo-zoek__filterknop",
    }, ["Filters"]);
    filterButton.setAttribute("aria-expanded", "false");
    filterButton.setAttribute("aria-controls", "zoek-filtervak");
    const note = element("p", { className: "woo-zoek__correctie" });
    note.setAttribute("role", "status");
    note.setAttribute("aria-live", "polite");
    note.hidden = true;
    container.replaceChildren(form, filterButton, filterPanel, note, message, list, more);

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
        if (!state.exact && state.hits.length < state.shown + PAGE_SIZE) {
          // Only the first hits were known (from the heads of long lists): rank further.
          const found = await searchBundles(loaded, state.query, state.facets, state.shown + PAGE_SIZE);
          Object.assign(state, { hits: found.hits, total: found.total, exact: found.exact,
                                 approximate: found.approximate });
        }
        // A page ranked from what was read (approximate) may rank a shown hit lower once more is
        // read: the next page holds the best hits not shown yet.
        const unseen = () => state.hits.filter((hit) => !state.seen.has(hit.bundle + "/" + hit.doc));
        const next = unseen().slice(0, PAGE_SIZE);
        const details = await Promise.all(next.map((hit) => describe(loaded, hit, state.words)));
        if (state !== current) { return null; }
        const items = details.map(item);
        if (state.shown === 0) { list.replaceChildren(...items); } else { list.append(...items); }
        state.shown += next.length;
        for (const hit of next) { state.seen.add(hit.bundle + "/" + hit.doc); }
        more.hidden = !unseen().length && state.exact;
        // "Ten minste": the unread tails of long lists may hold more hits than counted.
        const counted = (state.exact ? "" : "Ten minste ") + count(state.total) + " voor " + state.quoted +
          (state.approximate ? APPROXIMATE : "");
        if (message.textContent !== counted) { message.textContent = counted; }
        return items;
      })().finally(() => { state.pending = null; });
      return state.pending;
    }

    async function run(query) {
      const state = { seq: current.seq + 1, query, hits: [], words: [], shown: 0, pending: null,
                      total: 0, exact: true, approximate: false, facets: [], quoted: "", seen: new Set() };
      current = state;
      note.hidden = true;
      note.replaceChildren();
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
        const chosen = facets();
        const found = await searchBundles(await loadIndex(), query, chosen);
        if (state !== current) { return; }
        Object.assign(state, { hits: found.hits, total: found.total, exact: found.exact,
                               approximate: found.approximate, words: found.words, facets: chosen });
        // A word that found nothing was searched as the index word one edit away: say so.
        if (found.corrections.length) {
          const parts = ["Bedoelde u "];
          found.corrections.forEach(([, instead], i) => {
            if (i) { parts.push(" en "); }
            parts.push(element("strong", {}, ["‘" + instead + "’"]));
          });
          parts.push("? Niets gevonden voor " +
            found.corrections.map(([typed]) => "‘" + typed + "’").join(" en ") +
            "; daarom is gezocht naar " +
            found.corrections.map(([, instead]) => "‘" + instead + "’").join(" en ") + ".");
          note.replaceChildren(...parts);
          note.hidden = false;
        }
        state.quoted = "‘" + query.trim() + "’" + (chosen.length ? " met de gekozen filters" : "");
        if (!state.hits.length) {
          list.replaceChildren();
          more.hidden = true;
          message.textContent = "Geen resultaten voor " + state.quoted;
          return;
        }
        await showMore(state);
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
    // Our own markup (the plugin escapes every label), parsed inert: no script in it runs.
    async function loadFilters() {
      const response = await fetch(new URL("filters.html", window.location.href));
      if (!response.ok) { throw new Error("filters: HTTP " + response.status); }
      const parsed = new DOMParser().parseFromString(await response.text(), "text/html");
      const loaded = parsed.getElementById("zoek-filters");
      if (!loaded) { throw new Error("filters: no form"); }
      filters = document.importNode(loaded, true);
      filters.hidden = false;
      filters.addEventListener("change", () => { if (input.value.trim()) { run(input.value); } });
      filters.addEventListener("reset", () => {
        window.setTimeout(() => { if (input.value.trim()) { run(input.value); } }, 0);
      });
      filters.addEventListener("submit", (event) => event.preventDefault());
      filterPanel.replaceChildren(filters);
    }
    filterButton.addEventListener("click", async () => {
      const open = filterButton.getAttribute("aria-expanded") !== "true";
      filterButton.setAttribute("aria-expanded", String(open));
      filterPanel.hidden = !open;
      if (!open || filters) { return; }
      loadingFilters = loadingFilters || loadFilters().catch(() => {
        loadingFilters = null;  // a later click tries again
        filterPanel.replaceChildren(element("p", { className: "woo-zoek__melding" }, [
          "De filters konden niet worden geladen. Probeer het later opnieuw.",
        ]));
      });
      await loadingFilters;
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

  // For the header's search field (assets/woo/kopzoek.js: run) and the browser tests: the pure
  // parts, and a search over this site's index.
  window.wooZoeken = Object.freeze({
    tokens,
    queryTokens,
    excerpt,
    // The status line's words after the count when the order is approximate (kopzoek.js too).
    approximate: APPROXIMATE,
    // Stems of words, once the stemmer is loaded.
    stems: async (words) => { await loadStemmer(); return words.map(stem); },
    // The first `limit` hits described, the total and the corrections, as the Python
    // reference's run() gives them.
    run: async (query, limit = PAGE_SIZE, facets = []) => {
      const bundles = await loadIndex();
      const found = await searchBundles(bundles, query, facets, limit);
      const hits = await Promise.all(
        found.hits.slice(0, limit).map((hit) => describe(bundles, hit, found.words)));
      return { hits, total: found.total, exact: found.exact, approximate: found.approximate,
               corrections: found.corrections };
    },
    search: async (query, limit = PAGE_SIZE, facets = []) =>
      (await window.wooZoeken.run(query, limit, facets)).hits,
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
