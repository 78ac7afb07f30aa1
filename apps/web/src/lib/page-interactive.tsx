import { useEffect } from 'react';

/**
 * The attribute `<html>` carries once the view on screen has hydrated and answers to clicks and keys. Until then
 * (scripts loading, or off) the controls that only scripts can work are hidden by `.needs-script` in styles.css,
 * so nobody presses a button that cannot answer yet; the page's links, tables and downloads work without it.
 */
export const INTERACTIVE_ATTRIBUTE = 'data-interactive';

/**
 * Marks the page interactive when it commits. Rendered inside a view's Suspense boundary, it commits with the view
 * (a boundary's children commit together), so the mark waits for the view's own code, not only the shell's.
 */
export function PageInteractive() {
  useEffect(() => {
    document.documentElement.setAttribute(INTERACTIVE_ATTRIBUTE, '');
  }, []);
  return null;
}
