/** A point on a plane; the chart's marks are these with more fields. */
interface Placed {
  x: number;
  y: number;
}

/**
 * At most `max` of `points` (sorted by x) that keep the series' shape: the first and last, and from each of
 * `max - 2` equal runs between them the point that makes the largest triangle with its neighbours' picks
 * (Steinarsson's largest-triangle-three-buckets). Every point returned is one of the given ones, so each drawn
 * mark is still a real value with its own source.
 */
export function representativePoints<P extends Placed>(points: readonly P[], max: number): P[] {
  if (points.length <= max || max < 3) return [...points];
  const picked: P[] = [points[0]!];
  const runLength = (points.length - 2) / (max - 2);
  let previous = points[0]!;
  for (let run = 0; run < max - 2; run++) {
    const start = Math.floor(run * runLength) + 1;
    const end = Math.min(Math.floor((run + 1) * runLength) + 1, points.length - 1);
    const nextEnd = Math.min(Math.floor((run + 2) * runLength) + 1, points.length);
    const next = average(points, end, Math.max(nextEnd, end + 1));
    let best = points[start]!;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const p = points[i]!;
      const area = Math.abs((previous.x - next.x) * (p.y - previous.y) - (previous.x - p.x) * (next.y - previous.y));
      if (area > bestArea) {
        bestArea = area;
        best = p;
      }
    }
    picked.push(best);
    previous = best;
  }
  picked.push(points.at(-1)!);
  return picked;
}

function average(points: readonly Placed[], start: number, end: number): Placed {
  let x = 0;
  let y = 0;
  const last = Math.min(end, points.length);
  for (let i = start; i < last; i++) {
    x += points[i]!.x;
    y += points[i]!.y;
  }
  const count = Math.max(1, last - start);
  return { x: x / count, y: y / count };
}
