// The search page's start-up (docs/zoeken.md). A file, not an inline script: the site's
// Content-Security-Policy allows no inline scripts in page content.
window.addEventListener("DOMContentLoaded", function () {
  // Result links are relative to the site's root, which may be a sub-folder (site_url).
  var base = new URL("..", window.location.href).pathname;
  var ui = new PagefindUI({
    element: "#zoeken", showSubResults: true, showImages: false, baseUrl: base,
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
});
