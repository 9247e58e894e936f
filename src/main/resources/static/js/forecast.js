// Forecast pages: filters that apply on change, the p10-p90 band and the accuracy charts (echarts),
// drawn from the JSON in data attributes, again after htmx swaps a part of the page.
(function () {
  "use strict";
  function money(v) {
    return v == null ? "" : Math.round(v).toLocaleString();
  }
  function drawBand(el) {
    var d = JSON.parse(el.getAttribute("data-band-chart"));
    var marks = [["Median", d.p50, "#1d273b"], ["Closed won", d.closedWon, "#2fb344"],
      ["Won + commit", d.commit, "#206bc4"], ["Call", d.call, "#ae3ec9"], ["Quota", d.quota, "#d63939"]]
      .filter(function (m) { return m[1] != null; });
    var chart = echarts.getInstanceByDom(el) || echarts.init(el);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: "item", formatter: function (p) { return p.name + ": " + money(p.value); } },
      xAxis: { type: "value", min: 0, axisLabel: { formatter: function (v) { return money(v); } } },
      yAxis: { type: "category", data: ["Expected"] },
      series: [
        { type: "bar", stack: "band", data: [d.p10], itemStyle: { color: "transparent" }, silent: true, barWidth: 28 },
        { type: "bar", stack: "band", name: "p10 to p90", data: [{ value: d.p90 - d.p10, name: "p10 " + money(d.p10) + " to p90" }],
          itemStyle: { color: "rgba(32,107,196,0.25)", borderColor: "#206bc4" }, barWidth: 28,
          markLine: { symbol: "none", label: { formatter: "{b}", position: "end" },
            data: marks.map(function (m) { return { name: m[0], xAxis: m[1], lineStyle: { color: m[2], width: 2 } }; }) } }
      ]
    }, true);
  }
  function drawAccuracy(el) {
    var d = JSON.parse(el.getAttribute("data-accuracy-chart"));
    var chart = echarts.getInstanceByDom(el) || echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis", valueFormatter: money },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: d.periods },
      yAxis: { type: "value", axisLabel: { formatter: function (v) { return money(v); } } },
      series: [
        { name: "Actual (closed won)", type: "bar", data: d.actual, itemStyle: { color: "#2fb344" } },
        { name: "Call", type: "line", data: d.call, itemStyle: { color: "#ae3ec9" }, connectNulls: false },
        { name: "Weighted", type: "line", data: d.weighted, itemStyle: { color: "#f59f00" } },
        { name: "Simulation", type: "line", data: d.expected, itemStyle: { color: "#206bc4" } }
      ]
    }, true);
  }
  function draw(root) {
    if (typeof echarts === "undefined") {
      return;
    }
    root.querySelectorAll("[data-band-chart]").forEach(drawBand);
    root.querySelectorAll("[data-accuracy-chart]").forEach(drawAccuracy);
  }
  document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit(); });
  });
  draw(document);
  document.body.addEventListener("htmx:afterSettle", function (e) { draw(e.target); });
  document.body.setAttribute("data-forecast-ready", "true");
})();
