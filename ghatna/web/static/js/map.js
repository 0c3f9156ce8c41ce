// Events on a map: the shipped Natural Earth country shapes (under a tile server's tiles when one is
// set), one circle per place sized by its events and coloured by the quad class most of them have,
// nearby places grouped into numbered clusters. Hovering a circle says the same in words; clicking it
// (or a place in the table) lists its events with links to their evidence.
(function () {
  "use strict";
  const ATLAS = "/static/vendor/world-atlas/countries-110m.json";
  const NO_QUAD = "#808b96";
  let shapes = null;

  function countries() {
    if (!shapes) {
      shapes = fetch(ATLAS).then((r) => r.json()).then((atlas) => topojson.feature(atlas, atlas.objects.countries));
    }
    return shapes;
  }

  function make(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
    return node;
  }

  function plural(count, noun) {
    return count + " " + noun + (count === 1 ? "" : "s");
  }

  function sideName(side) {
    return side ? (side.name_en || side.name_hi || side.code || side.country || "?") : "—";
  }

  function when(event) {
    if (event.date) return event.date.start + (event.date.end && event.date.end !== event.date.start ? " – " + event.date.end : "");
    if (event.days && event.days[0]) return (event.article_date || event.days[0]) + " (article date)";
    return "no date";
  }

  function placeName(p) {
    return (p.name_en || p.name_hi || p.place) + (p.country ? " (" + p.country + ")" : "");
  }

  function describe(p, labels) {
    const quads = Object.entries(p.quads).map(([quad, n]) => n + " " + (labels[quad] || quad).toLowerCase());
    return placeName(p) + ": " + plural(p.events, "event") + " — " + quads.join(", ");
  }

  function eventsUrl(geoUrl, place) {
    const query = geoUrl.includes("?") ? geoUrl.slice(geoUrl.indexOf("?")) : "";
    return "/api/geo/" + encodeURIComponent(place) + "/events" + query;
  }

  // The events page with the map's filters and this place (a place known by its GeoNames id only).
  function placeEventsPage(geoUrl, p) {
    if (p.geonames_id === null || p.geonames_id === undefined) return null;
    const query = geoUrl.includes("?") ? geoUrl.slice(geoUrl.indexOf("?") + 1) : "";
    const kept = new URLSearchParams(query);
    kept.delete("geonames_id");
    kept.append("geonames_id", String(p.geonames_id));
    return "/events?" + kept.toString();
  }

  function showEvents(panel, geoUrl, p, labels) {
    panel.replaceChildren(make("p", "Loading the events of " + placeName(p) + "…", { class: "muted" }));
    fetch(eventsUrl(geoUrl, p.place))
      .then((r) => { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then((page) => {
        const list = make("ul", "", { class: "map-event-list" });
        page.events.forEach((e) => {
          const item = make("li", "", { "data-event-id": String(e.id), "data-type": e.type });
          item.append(make("strong", e.type + (e.mode ? " · " + e.mode : "")), " ",
            make("span", labels[e.quad] || "", { class: "muted" }), make("br"),
            sideName(e.actor) + " → " + sideName(e.recipient) + " · " + when(e));
          const evidence = e.evidence && e.evidence[0];
          if (evidence) {
            const text = evidence.text || evidence.trigger;
            const link = make("a", text.length > 90 ? text.slice(0, 89) + "…" : text,
              { href: "/articles/" + evidence.article_id + "#event-" + evidence.event, lang: "hi", class: "evidence" });
            item.append(make("br"), link);
          }
          list.append(item);
        });
        const shown = page.events.length < page.total ? " (the first " + page.events.length + ")" : "";
        panel.replaceChildren(make("h2", placeName(p)), make("p", describe(p, labels) + shown, { class: "meta" }), list);
        const all = placeEventsPage(geoUrl, p);
        if (all) {
          const line = make("p", "", { class: "meta" });
          line.append(make("a", "All events at this place", { href: all, class: "all-at-place" }));
          panel.append(line);
        }
      })
      .catch((error) => panel.replaceChildren(make("p", "The events could not be loaded: " + error.message, { class: "problem" })));
  }

  function clusterIcon(cluster) {
    const events = cluster.getAllChildMarkers().reduce((n, m) => n + m.place.events, 0);
    const size = events < 10 ? "small" : events < 100 ? "medium" : "large";
    const icon = L.divIcon({ html: "<div><span>" + events + "</span></div>", className: "marker-cluster marker-cluster-" + size,
      iconSize: L.point(40, 40) });
    icon.options.events = events;
    return icon;
  }

  function legend(quads) {
    const control = L.control({ position: "bottomright" });
    control.onAdd = () => {
      const box = make("div", "", { class: "map-legend" });
      quads.forEach(([, label, colour]) => {
        const row = make("div");
        row.append(make("span", "", { class: "swatch", style: "background:" + colour }), " " + label);
        box.append(row);
      });
      return box;
    };
    return control;
  }

  function counts(box, m) {
    let text = m.placed + " of " + plural(m.events, "event") + " on the map at " + plural(m.places, "place") + ".";
    if (m.unplaced) text += " " + plural(m.unplaced, "event") + " without a place are not drawn.";
    if (m.undated) text += " " + plural(m.undated, "event") + " without a date of their own; each is on the map if it has a place.";
    box.textContent = text;
  }

  function draw(container) {
    const quads = JSON.parse(container.dataset.quads);
    const colours = Object.fromEntries(quads.map(([quad, , colour]) => [quad, colour]));
    const labels = Object.fromEntries(quads.map(([quad, label]) => [quad, label]));
    const wrapper = container.closest(".map-with-list");
    const panel = wrapper.querySelector(".map-events");
    const state = { container: container, ready: false, markers: {}, features: [] };
    const map = L.map(container, { minZoom: 1, maxZoom: 12, worldCopyJump: true }).setView([25, 60], 2);
    state.map = map;
    map.attributionControl.addAttribution("Natural Earth");
    if (container.dataset.tiles) L.tileLayer(container.dataset.tiles, { maxZoom: 18 }).addTo(map);
    legend(quads).addTo(map);
    const group = L.markerClusterGroup({ maxClusterRadius: 30, showCoverageOnHover: false, animate: false,
      iconCreateFunction: clusterIcon });
    state.group = group;
    state.show = (place) => {
      const marker = state.markers[place];
      if (!marker) return;
      const open = () => { marker.openTooltip(); showEvents(panel, container.dataset.geo, marker.place, labels); };
      if (map.hasLayer(marker)) open(); else group.zoomToShowLayer(marker, open);
    };
    const base = countries().then((world) => {
      L.geoJSON(world, { interactive: false, style: { color: "#aab7b8", weight: 0.8, fillColor: "#f2f3f4", fillOpacity: 1 } })
        .addTo(map).bringToBack();
    });
    const embedded = wrapper.querySelector("script.map-data");
    const loaded = embedded ? Promise.resolve(JSON.parse(embedded.textContent)) : fetch(container.dataset.geo).then((r) => {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });
    const points = loaded.then((data) => {
      state.features = data.features;
      const filler = wrapper.querySelector(".map-counts[data-fill]");
      if (filler) counts(filler, data.metadata);
      const most = Math.max(1, ...data.features.map((f) => f.properties.events));
      data.features.forEach((f) => {
        const p = f.properties;
        const marker = L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
          radius: 6 + 14 * Math.sqrt(p.events / most), color: "#17202a", weight: 1, fillOpacity: 0.85,
          fillColor: colours[p.quad] || NO_QUAD, className: "map-point",
        });
        marker.place = p;
        marker.bindTooltip(make("span", describe(p, labels)));  // an element: names are never parsed as HTML
        marker.on("click", () => showEvents(panel, container.dataset.geo, p, labels));
        marker.on("add", () => {
          const path = marker.getElement();
          path.dataset.place = p.place;
          path.dataset.events = String(p.events);
        });
        state.markers[p.place] = marker;
        group.addLayer(marker);
      });
      map.addLayer(group);
      if (data.features.length) map.fitBounds(group.getBounds().pad(0.4), { maxZoom: 5, animate: false });
    });
    Promise.all([base, points]).then(() => { state.ready = true; container.dataset.ready = "true"; })
      .catch((error) => panel.replaceChildren(make("p", "The map could not be drawn: " + error.message, { class: "problem" })));
    return state;
  }

  window.ghatnaMaps = Array.from(document.querySelectorAll(".map[data-geo]")).map(draw);
  window.ghatnaMap = window.ghatnaMaps[0];
  document.querySelectorAll("button.place-events").forEach((button) => {
    button.addEventListener("click", () => window.ghatnaMap.show(button.dataset.place));
  });
})();
