// Cuts a text into runs at every span boundary, so tasks, targets and a search hit can be highlighted
// even where they nest or overlap. Each run lists every span that covers it.

/**
 * @param text the document's normalised text (offsets are UTF-16, as JavaScript strings index)
 * @param spans [{start, end, kind, key}]
 * @returns [{start, end, covers: [span…]}] covering the whole text in order
 */
export function runs(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    out.push({ start, end, covers: spans.filter(s => s.start <= start && s.end >= end) });
  }
  return out;
}
