import { useEffect } from 'react';

/** Sets `document.title` for the view on screen. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
