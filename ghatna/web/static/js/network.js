// Actor network: nodes sized by events, edges green and solid (cooperative) or red and dashed
// (conflictual). A node links to its actor's page; hovering a node or edge names it.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("page-data").textContent);
  const most = Math.max(1, ...data.nodes.map((node) => node.events));
  const elements = data.nodes.map((node) => ({
    data: { id: String(node.id), label: node.label + (node.country ? " (" + node.country + ")" : ""),
            events: node.events, size: 20 + 40 * Math.sqrt(node.events / most) },
  })).concat(data.edges.map((edge, i) => ({
    data: { id: "e" + i, source: String(edge.source), target: String(edge.target), weight: edge.events,
            colour: edge.cooperative ? "#1e8449" : "#c0392b", line: edge.cooperative ? "solid" : "dashed",
            label: Object.keys(edge.types).join(", ") },
  })));
  window.ghatnaNetwork = cytoscape({
    container: document.getElementById("network"),
    elements: elements,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 120 },
    style: [
      { selector: "node", style: { "width": "data(size)", "height": "data(size)", "label": "data(label)",
        "background-color": "#1f618d", "font-size": 14, "min-zoomed-font-size": 0, "font-family": "Noto Sans Devanagari, sans-serif",
        "text-valign": "bottom", "text-margin-y": 4 } },
      { selector: "edge", style: { "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "line-style": "data(line)", "width": "mapData(weight, 1, 10, 1.5, 8)",
        "label": "data(label)", "font-size": 8, "color": "#566573", "text-rotation": "autorotate" } },
    ],
  });
  const container = document.getElementById("network");
  window.ghatnaNetwork.on("tap", "node", (event) => {
    window.location.href = "/actors/" + encodeURIComponent(event.target.id());
  });
  window.ghatnaNetwork.on("mouseover", "node", (event) => {
    container.title = event.target.data("label") + ": " + event.target.data("events") + " events";
  });
  window.ghatnaNetwork.on("mouseover", "edge", (event) => {
    container.title = event.target.data("label") + " (" + event.target.data("weight") + ")";
  });
  window.ghatnaNetwork.on("mouseout", () => { container.title = ""; });
})();
