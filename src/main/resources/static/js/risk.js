// Draws the Team risks chart (money per risk level) from the JSON in data-risk-chart.
(function () {
  "use strict";
  if (typeof echarts === "undefined") {
    return;
  }
  var colours = { HIGH: "#d63939", MEDIUM: "#f59f00", LOW: "#2fb344" };
  document.querySelectorAll("[data-risk-chart]").forEach(function (el) {
    var data = JSON.parse(el.getAttribute("data-risk-chart"));
    echarts.init(el).setOption({
      animation: false,
      tooltip: {
        trigger: "axis",
        formatter: function (items) {
          var i = items[0].dataIndex;
          return data.levels[i] + ": " + data.deals[i] + " deals, " + Number(data.amounts[i]).toLocaleString();
        }
      },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: "value", axisLabel: { formatter: function (v) { return Number(v).toLocaleString(); } } },
      yAxis: { type: "category", data: data.levels, inverse: true },
      series: [{
        type: "bar",
        data: data.amounts.map(function (a, i) {
          return { value: Number(a), itemStyle: { color: colours[data.codes[i]] } };
        })
      }]
    });
  });
})();
