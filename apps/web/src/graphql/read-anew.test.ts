import { ApolloClient, ApolloLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import { Observable, type Subscriber } from 'rxjs';
import { readAllAnew } from './read-anew';

// Parsed, not tagged: the codegen checks tagged documents against the real schema.
const SECTION: TypedDocumentNode<{ section: { id: string; body: string } }> = parse('query Section { section { id body } }');

const SUMMARIES: TypedDocumentNode<{ case: { id: string; summary: string } }> = parse('query Summaries { case { id summary } }');
const TITLE: TypedDocumentNode<{ case: { id: string; title: string } }> = parse('query Title { case { id title } }');

/** A server whose answers the test releases one by one, each telling what the access was when it was asked. */
function heldServer() {
  let access = '非開示';
  const held: { asked: string; answer: Subscriber<ApolloLink.Result> }[] = [];
  const link = new ApolloLink(() => new Observable((answer) => void held.push({ asked: access, answer })));
  const release = (index: number) => {
    const request = held[index];
    if (!request) throw new Error(`no request ${index} was made`);
    request.answer.next({ data: { section: { __typename: 'Section', id: 's-1', body: request.asked } } });
    request.answer.complete();
  };
  return { link, held, release, change: (to: string) => void (access = to) };
}

describe('readAllAnew', () => {
  it('keeps no answer given before the change, though that request was still in flight', async () => {
    const server = heldServer();
    const client = new ApolloClient({ link: server.link, cache: new InMemoryCache() });
    const shown: string[] = [];
    const watched = client.watchQuery({ query: SECTION }).subscribe(({ data }) => {
      if (data?.section?.body) shown.push(data.section.body);
    });
    await vi.waitFor(() => expect(server.held).toHaveLength(1));
    server.change('緊急時の閲覧'); // the declaration is made while the first read is on its way

    const reading = readAllAnew(client);
    server.release(0); // the late answer, given under the old access
    await vi.waitFor(() => expect(server.held).toHaveLength(2));
    server.release(1);
    await reading;

    expect(server.held[1]?.asked).toBe('緊急時の閲覧');
    expect(client.readQuery({ query: SECTION })?.section.body).toBe('緊急時の閲覧');
    expect(shown.at(-1)).toBe('緊急時の閲覧');
    watched.unsubscribe();
  });

  it('forgets what a page no longer on screen read under the old access, and the page on screen never blanks', async () => {
    let access = '健康：血圧の治療を中断している';
    const link = new ApolloLink(
      (operation) =>
        new Observable((answer) => {
          const kase = { __typename: 'Case', id: 'c-1' };
          answer.next({ data: { case: operation.operationName === 'Summaries' ? { ...kase, summary: access } : { ...kase, title: '住まいの相談' } } });
          answer.complete();
        }),
    );
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    await client.query({ query: SUMMARIES }); // the case page, read under the declaration, then left
    const shown: unknown[] = [];
    const watched = client.watchQuery({ query: TITLE }).subscribe(({ data }) => shown.push(data?.case?.title));
    await vi.waitFor(() => expect(shown).toContain('住まいの相談'));

    access = '非開示'; // the declaration ends on the page now on screen
    await readAllAnew(client);

    // Both pages read the same case object: the summary on it is gone, not only the case page's root field.
    expect(client.readQuery({ query: SUMMARIES })).toBeNull();
    expect(client.readQuery({ query: TITLE })?.case.title).toBe('住まいの相談');
    expect(shown.every((title) => title === '住まいの相談')).toBe(true);
    await expect(client.query({ query: SUMMARIES, fetchPolicy: 'cache-first' })).resolves.toMatchObject({ data: { case: { summary: '非開示' } } });
    watched.unsubscribe();
  });
});
