import superjson from 'superjson';

export type TrpcAnswer = { status: number; headers: Headers; body: unknown };

/** One tRPC call over HTTP as the apps make it (a GET for a query, a POST for a mutation). */
export async function callTrpc(
  url: string,
  type: 'query' | 'mutation',
  path: string,
  input: unknown,
  cookie: string,
): Promise<TrpcAnswer> {
  const encoded = JSON.stringify(superjson.serialize(input));
  const headers = { cookie, 'content-type': 'application/json' };
  const res =
    type === 'query'
      ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(encoded)}`, { headers })
      : await fetch(`${url}/trpc/${path}`, { method: 'POST', headers, body: encoded });
  const body = (await res.json()) as { result?: { data: unknown } };
  const data = body.result
    ? superjson.deserialize(body.result.data as Parameters<typeof superjson.deserialize>[0])
    : body;
  return { status: res.status, headers: res.headers, body: data };
}

/** A query's result, or a thrown error naming the path and the answer. */
export async function queryTrpc<T>(
  url: string,
  path: string,
  input: unknown,
  cookie: string,
): Promise<T> {
  const answer = await callTrpc(url, 'query', path, input, cookie);
  if (answer.status !== 200) {
    throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return answer.body as T;
}
