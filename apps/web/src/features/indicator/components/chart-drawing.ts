import type { ChartDrawing } from './chart-image.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the stylesheet gives the chart's shapes and text, to be written onto each element of the copy. */
const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/**
 * The chart's SVG as it is drawn, as standalone markup: each element carries the computed style it does not inherit
 * from its parent (so neither the stylesheet nor its CSS variables are needed), with its size. Browser only: it
 * reads the layout.
 */
export function drawingOf(svg: SVGSVGElement): ChartDrawing {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width || Number(svg.getAttribute('width')) || 0);
  const height = Math.round(box.height || Number(svg.getAttribute('height')) || 0);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const computedOf = new Map<Element, CSSStyleDeclaration>(originals.map((element) => [element, getComputedStyle(element)]));
  originals.forEach((original, index) => {
    const target = copies[index];
    const computed = computedOf.get(original);
    if (!target || !computed) return;
    if (computed.display === 'none') {
      target.remove();
      return;
    }
    const parent = original === svg ? undefined : computedOf.get(original.parentElement as Element);
    const style = STYLED.map((property) => [property, computed.getPropertyValue(property)] as const)
      .filter(([property, value]) => (property === 'opacity' ? value !== '1' : value !== parent?.getPropertyValue(property)))
      .map(([property, value]) => `${property}:${value}`)
      .join(';');
    if (style) target.setAttribute('style', style);
    else target.removeAttribute('style');
    target.removeAttribute('class');
    for (const { name, value } of [...target.attributes]) if (value.includes('var(')) target.removeAttribute(name);
  });
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

/** Draws an SVG image onto a canvas at `scale` times its size and encodes it as PNG. */
export async function pngOf(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw on a canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}

/** Offers `blob` as a download named `filename`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
