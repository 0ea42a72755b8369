// Charts with Chart.js (loaded from the jar as the global `Chart`). Text uses the page's font stack,
// i.e. the Chinese fonts already on the user's machine.

const PALETTE = ['#2f6fb3', '#d9822b', '#3a9d5d', '#b83b5e', '#7a5cb8', '#8c6d31', '#1b9aaa', '#c44536'];

export function color(i) {
  return PALETTE[i % PALETTE.length];
}

export function barChart(canvas, labels, datasets, { stacked = false, yTitle = '' } = {}) {
  const family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.family = family;
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: datasets.map((d, i) => ({ backgroundColor: color(i), ...d })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom' } },
      scales: {
        x: { stacked },
        y: { stacked, beginAtZero: true, title: { display: !!yTitle, text: yTitle } },
      },
    },
  });
}
