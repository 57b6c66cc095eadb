/* Inventory page: filters per judgement, ground and text, and paging.
 * Without this script the page is a plain, complete table. The filter state is
 * kept in the address (?beoordeling=...&grond=...&zoek=...&pagina=...) so that a
 * filtered view can be shared and the dossier page's counts can link to one. */
(function () {
  "use strict";
  function setup(root) {
    var form = root.querySelector(".woo-inv-filters");
    var status = root.querySelector(".woo-inv-status");
    var nav = root.querySelector(".woo-inv-pages");
    var rows = Array.prototype.slice.call(root.querySelectorAll("tbody tr"));
    var size = parseInt(root.getAttribute("data-page-size"), 10) || 50;
    var texts = rows.map(function (row) {
      return (row.cells[0].textContent + " " + row.cells[2].textContent).toLowerCase();
    });
    var page = 1;
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="beoordeling"]'));
    var ground = form.querySelector('select[name="grond"]');
    var search = form.querySelector('input[name="zoek"]');
    var item = form.querySelector('select[name="onderdeel"]');

    function readAddress() {
      var params = new URLSearchParams(window.location.search);
      var wanted = params.getAll("beoordeling");
      if (wanted.length) {
        boxes.forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
      }
      if (ground && params.get("grond")) { ground.value = params.get("grond"); }
      if (item && params.get("onderdeel")) { item.value = params.get("onderdeel"); }
      if (params.get("zoek")) { search.value = params.get("zoek"); }
      page = parseInt(params.get("pagina"), 10) || 1;
    }

    function writeAddress() {
      var params = new URLSearchParams();
      var checked = boxes.filter(function (box) { return box.checked; });
      if (checked.length !== boxes.length) {
        checked.forEach(function (box) { params.append("beoordeling", box.value); });
      }
      if (ground && ground.value) { params.set("grond", ground.value); }
      if (item && item.value) { params.set("onderdeel", item.value); }
      if (search.value.trim()) { params.set("zoek", search.value.trim()); }
      if (page > 1) { params.set("pagina", String(page)); }
      var query = params.toString();
      var address = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      window.history.replaceState(null, "", address);
    }

    function matching() {
      var judgements = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      var code = ground ? ground.value : "";
      var numbers = item && item.value ? item.value.split("-") : [];
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      return rows.filter(function (row, index) {
        if (judgements.indexOf(row.getAttribute("data-beoordeling")) < 0) { return false; }
        if (code && row.getAttribute("data-grond").split(" ").indexOf(code) < 0) { return false; }
        if (numbers.length) {
          var answers = row.getAttribute("data-onderdeel").split(" ");
          if (!numbers.some(function (n) { return answers.indexOf(n) >= 0; })) { return false; }
        }
        return words.every(function (word) { return texts[index].indexOf(word) >= 0; });
      });
    }

    function button(label, target, current) {
      var item = document.createElement("button");
      item.type = "button";
      item.textContent = label;
      item.setAttribute("data-pagina", String(target));
      if (current) { item.setAttribute("aria-current", "page"); }
      return item;
    }

    function render() {
      var shown = matching();
      var pages = Math.max(1, Math.ceil(shown.length / size));
      page = Math.min(Math.max(1, page), pages);
      var first = (page - 1) * size;
      var visible = new Set(shown.slice(first, first + size));
      rows.forEach(function (row) { row.hidden = !visible.has(row); });
      var what = shown.length === 1 ? "1 document" : shown.length + " documenten";
      status.textContent = shown.length === rows.length
        ? "Alle " + what + (pages > 1 ? "; pagina " + page + " van " + pages : "") + "."
        : what + " van " + rows.length + " gevonden" +
          (pages > 1 ? "; pagina " + page + " van " + pages : "") + ".";
      nav.textContent = "";
      nav.hidden = pages < 2;
      if (pages < 2) { return; }
      if (page > 1) { nav.appendChild(button("Vorige", page - 1, false)); }
      for (var p = 1; p <= pages; p++) {
        // Long lists: first, last and the pages around the current one.
        if (p === 1 || p === pages || Math.abs(p - page) <= 2) {
          nav.appendChild(button(String(p), p, p === page));
        } else if (Math.abs(p - page) === 3) {
          var gap = document.createElement("span");
          gap.textContent = "…";
          nav.appendChild(gap);
        }
      }
      if (page < pages) { nav.appendChild(button("Volgende", page + 1, false)); }
    }

    function changed() { page = 1; render(); writeAddress(); }

    form.hidden = false;
    readAddress();
    render();
    form.addEventListener("change", changed);
    search.addEventListener("input", changed);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    nav.addEventListener("click", function (event) {
      var target = event.target.closest("button[data-pagina]");
      if (!target) { return; }
      page = parseInt(target.getAttribute("data-pagina"), 10);
      render();
      writeAddress();
      root.querySelector("table").scrollIntoView({block: "start"});
    });
  }
  function setupAll() {
    document.querySelectorAll("[data-woo-inventory]").forEach(function (root) {
      if (root.hasAttribute("data-ready")) { return; }
      root.setAttribute("data-ready", "");
      setup(root);
    });
  }
  // Material's instant navigation swaps pages without reloading; it announces each one.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setupAll);
  }
  setupAll();
})();
