// Dyad timeline: events per period stacked by quad class, and the mean PLOVER score as a line.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("page-data").textContent);
  const labels = data.series.map((point) => point.period);
  const bars = data.quads.map(([quad, label, colour]) => ({
    type: "bar",
    label: label,
    data: data.series.map((point) => point[quad]),
    backgroundColor: colour,
    stack: "events",
    yAxisID: "events",
    order: 2,
    maxBarThickness: 80,
  }));
  const line = {
    type: "line",
    label: "Mean PLOVER score",
    data: data.series.map((point) => point.mean_score),
    borderColor: "#17202a",
    backgroundColor: "#17202a",
    yAxisID: "score",
    tension: 0.2,
    order: 1,
    pointRadius: 5,
    borderWidth: 2,
  };
  window.ghatnaChart = new Chart(document.getElementById("timeline"), {
    data: { labels: labels, datasets: bars.concat([line]) },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true },
        events: { type: "linear", position: "left", stacked: true, beginAtZero: true, ticks: { precision: 0 },
                  title: { display: true, text: "events" } },
        score: { type: "linear", position: "right", min: -10, max: 10, grid: { drawOnChartArea: false },
                 title: { display: true, text: "mean PLOVER score" } },
      },
    },
  });
})();
