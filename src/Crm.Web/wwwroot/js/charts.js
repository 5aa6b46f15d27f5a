// Draws every <canvas data-chart='{"type":"bar","labels":[...],"datasets":[...]}'> with Chart.js (from npm, served
// from /lib/chart.js). Options beyond type, labels and datasets (e.g. indexAxis) pass through to Chart.js.
(function () {
    function draw(canvas) {
        if (canvas.dataset.chartDrawn) return;
        canvas.dataset.chartDrawn = "true";
        const spec = JSON.parse(canvas.dataset.chart);
        const { type, labels, datasets, ...options } = spec;
        new Chart(canvas, {
            type,
            data: { labels, datasets },
            options: { responsive: true, maintainAspectRatio: false, plugins: { legend: { display: datasets.length > 1 } }, ...options },
        });
    }

    function drawAll(root) {
        if (typeof Chart === "undefined") return;
        root.querySelectorAll("canvas[data-chart]").forEach(draw);
    }

    document.addEventListener("DOMContentLoaded", () => drawAll(document));
    document.addEventListener("htmx:afterSwap", (event) => drawAll(event.target));
})();
