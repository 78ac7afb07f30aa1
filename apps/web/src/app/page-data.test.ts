import { dehydrate } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-client.ts';
import { testQueryClient } from '../test-utils.tsx';
import { hydratePageData, PAGE_DATA_ID, pageDataScript, readPageData, renderedFor } from './page-data.ts';

describe("a page's data", () => {
  it('cannot end its script early, whatever the data holds, and reads back the same', () => {
    const client = testQueryClient();
    const hostile = '</script><script>alert(1)</script><!--';
    client.setQueryData(['sources', 'list'], { title: hostile });
    const script = pageDataScript({ locale: 'vi', origin: 'https://example.org', search: '', queries: dehydrate(client) });
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    document.body.innerHTML = script;
    const read = readPageData(document);
    expect(read?.locale).toBe('vi');
    const again = testQueryClient();
    if (read) hydratePageData(again, read);
    expect(again.getQueryData(['sources', 'list'])).toEqual({ title: hostile });
  });

  it("brings the server's errors back as errors, so a 404 reads as one after hydration", () => {
    const client = testQueryClient();
    const query = client.getQueryCache().build(client, { queryKey: ['indicators', 'detail', 'nope'] });
    query.setState({ status: 'error', error: new ApiError(404, 'No indicator with id "nope"') });
    document.body.innerHTML = pageDataScript({
      locale: 'en',
      origin: '',
      search: '',
      queries: dehydrate(client, { shouldDehydrateQuery: () => true }),
    });
    const again = testQueryClient();
    const read = readPageData(document);
    if (read) hydratePageData(again, read);
    const error = again.getQueryState(['indicators', 'detail', 'nope'])?.error;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, message: 'No indicator with id "nope"' });
  });

  it('is absent from a page the browser renders alone', () => {
    document.body.innerHTML = `<div id="root"></div><script type="application/json" id="${PAGE_DATA_ID}">{not json</script>`;
    expect(readPageData(document)).toBeUndefined();
    document.body.innerHTML = '<div id="root"></div>';
    expect(readPageData(document)).toBeUndefined();
  });

  it('says which query string it was drawn for: a static file answers them all, and hydrates only its own', () => {
    const page = { locale: 'en' as const, origin: '', search: '?from=2020&lang=en', queries: { queries: [], mutations: [] } };
    expect(renderedFor(page, '?lang=en&from=2020')).toBe(true);
    expect(renderedFor(page, '?lang=en&from=2020&present=1')).toBe(false);
    expect(renderedFor({ ...page, search: '' }, '')).toBe(true);
    expect(renderedFor({ ...page, search: '' }, '?present=1&slide=2')).toBe(false);
  });
});
