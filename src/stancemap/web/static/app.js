/* stancemap dashboard: draws the figures embedded as JSON data blocks with plotly.js and
   follows the link a clicked mark carries (a "#anchor" on this page or a "/path" on this site).
   No data is ever evaluated as code: figures are parsed with JSON.parse. */
(function () {
  "use strict";

  function safeLink(link) {
    if (Array.isArray(link)) { link = link[0]; }
    if (typeof link !== "string" || !link) { return null; }
    if (link.charAt(0) === "#") { return link; }
    if (link.charAt(0) === "/" && link.charAt(1) !== "/" && link.charAt(1) !== "\\") { return link; }
    return null;
  }

  function follow(link) {
    var target = safeLink(link);
    if (!target) { return; }
    if (target.charAt(0) === "#") {
      if (window.location.hash === target) { reveal(); } else { window.location.hash = target; }
    } else {
      window.location.href = target;
    }
  }

  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) { return; }
    var el = document.getElementById(id);
    if (!el) { return; }
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") { p.open = true; }
    }
    el.scrollIntoView({block: "center"});
  }

  function draw(box) {
    var data = document.getElementById(box.getAttribute("data-figure"));
    if (!data || typeof Plotly === "undefined") { return; }
    var fig = JSON.parse(data.textContent);
    var config = {displaylogo: false, responsive: true,
                  modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines"]};
    Plotly.newPlot(box, fig.data, fig.layout, config).then(function () {
      box.on("plotly_click", function (ev) {
        if (ev && ev.points && ev.points.length) { follow(ev.points[0].customdata); }
      });
      box.setAttribute("data-rendered", "1");
    });
  }

  var boxes = document.querySelectorAll("[data-figure]");
  for (var i = 0; i < boxes.length; i++) { draw(boxes[i]); }
  window.addEventListener("hashchange", reveal);
  if (window.location.hash) { reveal(); }
})();
