// Actor network: nodes sized by events; edges blue and solid (cooperative) or vermilion and dashed
// (conflictual), so that colour is never the only cue. Labels keep a readable size on screen at any
// zoom. A node links to its actor's page; hovering a node or an edge shows what it is in a tooltip.
(function () {
  "use strict";
  const LABEL_PX = 14;  // on screen, whatever the zoom
  const COOP = "#0072b2";
  const CONFLICT = "#d55e00";
  const data = JSON.parse(document.getElementById("page-data").textContent);
  const container = document.getElementById("network");
  const tip = document.getElementById("network-tip");
  const most = Math.max(1, ...data.nodes.map((node) => node.events));
  const names = new Map(data.nodes.map((node) => [String(node.id), node.label]));
  const elements = data.nodes.map((node) => ({
    data: { id: String(node.id), label: node.label + (node.code || node.country ? " (" + (node.code || node.country) + ")" : ""),
            events: node.events, size: 12 + 36 * Math.sqrt(node.events / most) },
  })).concat(data.edges.map((edge, i) => ({
    data: { id: "e" + i, source: String(edge.source), target: String(edge.target), weight: edge.events,
            colour: edge.cooperative ? COOP : CONFLICT, line: edge.cooperative ? "solid" : "dashed",
            kind: edge.cooperative ? "cooperative" : "conflictual",
            types: Object.entries(edge.types).map(([type, n]) => type + " " + n).join(", ") },
  })));
  container.style.height = Math.max(560, Math.min(900, 8 * data.nodes.length + 200)) + "px";
  const cy = cytoscape({
    container: container,
    elements: elements,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 400000, idealEdgeLength: 120,
              edgeElasticity: 400, gravity: 0.2, nodeOverlap: 40, numIter: 2000 },
    minZoom: 0.05,
    style: [
      { selector: "node", style: { "width": "data(size)", "height": "data(size)", "label": "data(label)",
        "background-color": "#34495e", "font-size": (node) => LABEL_PX / node.cy().zoom(), "min-zoomed-font-size": 0,
        "font-family": "Noto Sans Devanagari, sans-serif", "color": "#1c2833", "text-valign": "bottom",
        "text-margin-y": (node) => 3 / node.cy().zoom(), "text-outline-color": "#ffffff",
        "text-outline-width": (node) => 2 / node.cy().zoom() } },
      { selector: "edge", style: { "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "line-style": "data(line)",
        "line-dash-pattern": [8, 5], "width": "mapData(weight, 1, 10, 1.5, 8)", "opacity": 0.75 } },
      { selector: "node.hover", style: { "border-width": 3, "border-color": "#f39c12" } },
      { selector: "edge.hover", style: { "opacity": 1, "z-index": 10 } },
    ],
  });
  window.ghatnaNetwork = cy;

  // a label's size on screen is its size times the zoom: re-evaluate the sizes above now that the
  // layout has fitted the graph, and on every zoom
  cy.style().update();
  cy.on("zoom", () => cy.style().update());

  function showTip(text, at) {
    tip.textContent = text;
    tip.hidden = false;
    const left = Math.min(at.x + 14, container.clientWidth - tip.offsetWidth - 4);
    tip.style.left = Math.max(0, left) + "px";
    tip.style.top = Math.max(0, at.y + 14) + "px";
    container.title = text;
  }
  function hideTip() {
    tip.hidden = true;
    container.title = "";
  }
  cy.on("tap", "node", (event) => {
    window.location.href = "/actors/" + encodeURIComponent(event.target.id());
  });
  cy.on("mouseover", "node", (event) => {
    const node = event.target;
    node.addClass("hover");
    showTip(node.data("label") + ": " + node.data("events") + " events", event.renderedPosition || node.renderedPosition());
  });
  cy.on("mouseover", "edge", (event) => {
    const edge = event.target;
    edge.addClass("hover");
    const text = names.get(edge.data("source")) + " → " + names.get(edge.data("target")) + ": " +
      edge.data("weight") + " " + edge.data("kind") + " events (" + edge.data("types") + ")";
    showTip(text, event.renderedPosition || edge.renderedMidpoint());
  });
  cy.on("mouseout", "node, edge", (event) => {
    event.target.removeClass("hover");
    hideTip();
  });
  cy.on("viewport", hideTip);
})();
