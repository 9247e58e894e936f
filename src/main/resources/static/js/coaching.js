// Draws the coaching charts from the JSON in data-coaching-chart and data-blocker-chart attributes.
(function () {
  "use strict";
  if (typeof echarts === "undefined") {
    return;
  }
  var series = [
    ["before", "Before deadline", "#2fb344"],
    ["problem", "With a problem", "#206bc4"],
    ["solution", "With a solution", "#4299e1"],
    ["nagging", "Just checking in", "#d63939"]
  ];
  document.querySelectorAll("[data-coaching-chart]").forEach(function (el) {
    var data = JSON.parse(el.getAttribute("data-coaching-chart"));
    echarts.init(el).setOption({
      animation: false,
      tooltip: { trigger: "axis", valueFormatter: function (v) { return v + "%"; } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", data: data.reps, inverse: true },
      series: series.map(function (s) {
        return { name: s[1], type: "bar", data: data[s[0]], itemStyle: { color: s[2] } };
      })
    });
  });
  var ages = [["0-2", "#2fb344"], ["3-5", "#f59f00"], ["6-10", "#f76707"], ["11+", "#d63939"]];
  document.querySelectorAll("[data-blocker-chart]").forEach(function (el) {
    var data = JSON.parse(el.getAttribute("data-blocker-chart"));
    echarts.init(el).setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: data.reps, inverse: true },
      series: ages.map(function (a) {
        return { name: a[0] + " days", type: "bar", stack: "age", data: data.buckets[a[0]], itemStyle: { color: a[1] } };
      })
    });
  });
})();
