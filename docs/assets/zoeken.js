// The search page's start-up (docs/zoeken.md). A file, not an inline script: the site's
// Content-Security-Policy allows no inline scripts in page content.
window.addEventListener("DOMContentLoaded", function () {
  // Result links are relative to the site's root, which may be a sub-folder (site_url).
  var base = new URL("..", window.location.href).pathname;
  // The annex text is searched in bundles of its own (woo_dossiers/search_annexes.py),
  // listed in bundles.json; a site without annexes has none.
  var annexes = base + "pagefind-bijlagen/";
  fetch(annexes + "bundles.json")
    .then(function (response) { return response.ok ? response.json() : []; })
    .catch(function () { return []; })
    .then(function (parts) {
      var ui = new PagefindUI({
        element: "#zoekvak", showSubResults: true, showImages: false, baseUrl: base,
        mergeIndex: parts.map(function (part) {
          return { bundlePath: annexes + part, baseUrl: base };
        }),
      });
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) { ui.triggerSearch(query); }
    });
});
