let opener: HTMLElement | null = null;

/**
 * Records the control that opens the presenter, as it is pressed: by the time the presenter mounts, the page behind
 * it is `inert` and has let focus go to `<body>`, so the presenter cannot ask where focus was.
 */
export function rememberOpener(control: HTMLElement): void {
  opener = control;
}

/**
 * The control that last opened the presenter, if any. It is kept, not taken: an effect that React runs twice (in
 * strict mode) reads it twice, and a later opening by Forward returns to it too, while it is on the page.
 */
export function lastOpener(): HTMLElement | null {
  return opener;
}

/**
 * Puts focus back where the presenter was opened from, as it closes: on `opener` while it is still on the page and
 * can take focus; else (a shared link opened straight into the slides, or an opener gone with its view) on the
 * page's heading, made focusable for it, so a screen reader names the page and the next Tab is the page's first
 * control after its heading; on the main region where a page has no heading.
 */
export function returnFocus(opener: HTMLElement | null, page: Document = document): HTMLElement | null {
  if (opener?.isConnected) {
    opener.focus();
    if (page.activeElement === opener) return opener;
  }
  const heading = page.querySelector<HTMLElement>('main h1') ?? page.querySelector<HTMLElement>('main');
  if (!heading) return null;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
  return heading;
}
