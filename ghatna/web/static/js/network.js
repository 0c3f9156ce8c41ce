// Actor network: nodes sized by events, edges green (cooperative) or red (conflictual).
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("page-data").textContent);
  const most = Math.max(1, ...data.nodes.map((node) => node.events));
  const elements = data.nodes.map((node) => ({
    data: { id: node.id, label: node.label + (node.country ? " (" + node.country + ")" : ""),
            size: 20 + 40 * Math.sqrt(node.events / most) },
  })).concat(data.edges.map((edge, i) => ({
    data: { id: "e" + i, source: edge.source, target: edge.target, weight: edge.events,
            colour: edge.cooperative ? "#1e8449" : "#c0392b",
            label: Object.keys(edge.types).join(", ") },
  })));
  window.ghatnaNetwork = cytoscape({
    container: document.getElementById("network"),
    elements: elements,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 120 },
    style: [
      { selector: "node", style: { "width": "data(size)", "height": "data(size)", "label": "data(label)",
        "background-color": "#1f618d", "font-size": 13, "font-family": "Noto Sans Devanagari, sans-serif",
        "text-valign": "bottom", "text-margin-y": 4 } },
      { selector: "edge", style: { "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "width": "mapData(weight, 1, 10, 1.5, 8)",
        "label": "data(label)", "font-size": 8, "color": "#566573", "text-rotation": "autorotate" } },
    ],
  });
})();
