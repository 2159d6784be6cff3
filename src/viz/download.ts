/**
 * "Download SVG" and "Download PNG": the diagram as it is now, tokens included. The picture is
 * drawn with presentation attributes, so a copy of its markup stands alone; the copy loses what
 * only a page can use (focus, roles, event handlers).
 */

/** The picture as a standalone SVG document. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('style');
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0) {
    copy.setAttribute('width', String(Math.round(box.width)));
    copy.setAttribute('height', String(Math.round(box.height)));
  }
  for (const el of copy.querySelectorAll('[tabindex], [role], [aria-pressed], [aria-current], .token-leaving')) {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.removeAttribute('aria-pressed');
  }
  for (const el of copy.querySelectorAll('.token-leaving, [display="none"]')) el.remove();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

function save(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * Saves the picture; returns the object URL of the SVG (kept until the next download, so a test
 * or the page can read what was saved).
 */
let lastUrl: string | null = null;
export function downloadPicture(svg: SVGSVGElement, format: 'svg' | 'png'): string {
  const text = standaloneSvg(svg);
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  lastUrl = url;
  if (format === 'svg') {
    save(url, 'container-lifecycle.svg');
    return url;
  }
  const img = new Image();
  img.onload = () => {
    const box = svg.viewBox.baseVal;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(box.width * 2);
    canvas.height = Math.round(box.height * 2);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => {
      if (blob) save(URL.createObjectURL(blob), 'container-lifecycle.png');
    }, 'image/png');
  };
  img.src = url;
  return url;
}
