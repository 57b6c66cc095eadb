/* Filters on the overview of all decisions (dossiers/).
 *
 * Without this script the overview is a plain table of every decision, newest
 * first. With it, the (hidden) filter form is shown; each select narrows the
 * table to rows whose data-<field> attribute (a space-separated list) holds
 * the chosen value. The count paragraph is a live region (role="status"), so
 * screen readers hear how many decisions remain. The choice is kept in the
 * address (?jaar=2021&onderwerp=cas) so a filtered view can be shared.
 * Loaded on every page; does nothing where there is no filter form.
 */
(function () {
  "use strict";

  function start() {
    var form = document.getElementById("woo-filters");
    var table = document.getElementById("woo-overview");
    var count = document.getElementById("woo-count");
    var empty = document.getElementById("woo-empty");
    if (!form || !table || !count) {
      return;
    }
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var total = rows.length;
    var filters = Array.prototype.slice.call(form.querySelectorAll("select[data-woo-field]"));
    var order = form.querySelector("select[data-woo-sort]");
    var noun = function (n) { return n === 1 ? "besluit" : "besluiten"; };

    function apply(updateAddress) {
      var shown = 0;
      rows.forEach(function (row) {
        var match = filters.every(function (select) {
          if (!select.value) {
            return true;
          }
          var values = (row.getAttribute("data-" + select.getAttribute("data-woo-field")) || "").split(" ");
          return values.indexOf(select.value) !== -1;
        });
        row.hidden = !match;
        if (match) {
          shown += 1;
        }
      });
      var oldest = order && order.value === "oudste";
      rows.slice().sort(function (a, b) {
        var da = a.getAttribute("data-decided");
        var db = b.getAttribute("data-decided");
        var byDate = da < db ? -1 : da > db ? 1 : 0;
        return oldest ? byDate : -byDate || rows.indexOf(a) - rows.indexOf(b);
      }).forEach(function (row) {
        body.appendChild(row);
      });
      var sorted = oldest ? "het oudste eerst" : "het nieuwste eerst";
      var filtered = filters.some(function (select) { return select.value; });
      if (!filtered) {
        count.textContent = total + " " + noun(total) + ", " + sorted + ".";
      } else if (shown === 0) {
        count.textContent = "Geen van de " + total + " besluiten past bij deze filters.";
      } else {
        count.textContent = shown + " van de " + total + " " + noun(total) + ", " + sorted + ".";
      }
      if (empty) {
        empty.hidden = shown !== 0;
      }
      if (updateAddress && window.history && window.history.replaceState) {
        var params = new URLSearchParams();
        filters.concat(order ? [order] : []).forEach(function (select) {
          if (select.value && select.selectedIndex > 0) {
            params.set(select.name, select.value);
          }
        });
        var query = params.toString();
        window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
      }
    }

    // Start from the address: a shared link opens with its filters set.
    var params = new URLSearchParams(window.location.search);
    filters.concat(order ? [order] : []).forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted !== null && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
        select.value = wanted;
      }
    });

    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    // "reset" fires before the selects are back at their defaults.
    form.addEventListener("reset", function () { window.setTimeout(function () { apply(true); }, 0); });
    form.hidden = false;
    apply(false);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
