// Dashboard: events per month as bars.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("page-data").textContent);
  window.ghatnaDashboard = new Chart(document.getElementById("per-month"), {
    type: "bar",
    data: {
      labels: data.per_month.map((point) => point.period),
      datasets: [{ label: "events", data: data.per_month.map((point) => point.events), backgroundColor: "#1f618d" }],
    },
    options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
               scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
})();
