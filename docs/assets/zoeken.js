// The search page's start-up (docs/zoeken.md). A file, not an inline script: the site's
// Content-Security-Policy allows no inline scripts in page content.
window.addEventListener("DOMContentLoaded", function () {
  // Result links are relative to the site's root, which may be a sub-folder (site_url).
  var base = new URL("..", window.location.href).pathname;
  // The annex text has a search bundle of its own (woo_dossiers/search_annexes.py); a
  // site without annexes has none, and Pagefind must not be asked to merge it then.
  var annexes = base + "pagefind-bijlagen/";
  fetch(annexes + "pagefind-entry.json", { method: "HEAD" })
    .then(function (response) { return response.ok; }, function () { return false; })
    .then(function (found) {
      var ui = new PagefindUI({
        element: "#zoeken", showSubResults: true, showImages: false, baseUrl: base,
        mergeIndex: found ? [{ bundlePath: annexes, baseUrl: base }] : [],
      });
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) { ui.triggerSearch(query); }
    });
});
