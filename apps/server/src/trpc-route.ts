import {
  appRouter,
  createContext,
  ExportRateLimit,
  HeavyCallBudget,
  SESSION_COOKIE,
  SignInThrottle,
} from '@belonging/api';
import { API_MAX_BODY_BYTES, SERVICE_UNAVAILABLE_RETRY_SECONDS } from '@belonging/domain';
import { trpcServer } from '@hono/trpc-server';
import { TRPCError } from '@trpc/server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { lingerWhenClosing } from './linger.ts';
import type { HostEnv, ServerOptions } from './host-options.ts';
import { noteSignedInUser, requestLogger } from './request-log.ts';
import { requestMeta } from './request-meta.ts';

/** Big enough for the largest measurement import (20,000 rows), small enough to refuse a flood. */
export const MAX_BODY_BYTES = API_MAX_BODY_BYTES;
/** Most procedure calls one batched request may carry. */
export const MAX_BATCH_SIZE = 20;

type TrpcEnv = HostEnv & { Variables: { bodyTooLarge?: boolean } };

/** The API at /trpc: answers never cached, bodies over MAX_BODY_BYTES refused by tRPC itself. */
export function trpcRoute(opts: ServerOptions, exportLimit = new ExportRateLimit()): Hono<TrpcEnv> {
  const throttle = new SignInThrottle();
  const answer = trpcServer({
    endpoint: '/trpc',
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: async ({ resHeaders }, c: Context<TrpcEnv>) => {
      if (c.get('bodyTooLarge')) throw new TRPCError({ code: 'PAYLOAD_TOO_LARGE' });
      const ctx = await createContext({
        db: opts.db,
        target: opts.target,
        sessionToken: getCookie(c, SESSION_COOKIE),
        meta: requestMeta(c, opts),
        setHeader: (name, value) => {
          if (name.toLowerCase() === 'set-cookie') resHeaders.append(name, value);
          else resHeaders.set(name, value);
        },
        throttle,
        sso: opts.sso,
        exportLimit,
        // A batch is one request: it may make one file at most.
        heavyCalls: new HeavyCallBudget(),
        mailConfigured: opts.mailConfigured ?? false,
        // Links in the emails a request writes (a lock, an opened window) start here, never at its Host.
        appOrigin: opts.emailOrigin ?? opts.appOrigin,
      });
      // The request's log line names who asked, by id only.
      noteSignedInUser(ctx.session?.userId);
      return ctx;
    },
    // Only the procedure's name and the error: its input (which can hold narrative text) never.
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        requestLogger().error({ err: error.cause ?? error, procedure: path }, 'tRPC call failed');
      }
      if (error.code === 'SERVICE_UNAVAILABLE') {
        // The last line only: Prisma's message first quotes the calling code.
        const cause = error.cause?.message.trim().split('\n').at(-1) ?? '';
        requestLogger().error(
          { cause, procedure: path },
          'tRPC call failed: the database is unavailable',
        );
      }
    },
    // A database outage is 503: say when to try again (a streamed answer's status and headers
    // are sent before its calls end, so only unstreamed answers carry it).
    responseMeta: ({ errors }) =>
      errors.some((e) => e.code === 'SERVICE_UNAVAILABLE')
        ? { headers: { 'Retry-After': String(SERVICE_UNAVAILABLE_RETRY_SECONDS) } }
        : {},
  });

  const route = new Hono<TrpcEnv>();
  route.use(async (c, next) => {
    await next();
    // Answers carry signed-in people's data: never kept by a browser or proxy cache.
    c.header('Cache-Control', 'no-store');
  });
  route.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      // tRPC still answers (trpcServer always returns a Response), so the refusal has the error
      // shape and the words the apps read; the flag makes every call fail before reading the body.
      onError: async (c: Context<TrpcEnv, string>) => {
        c.set('bodyTooLarge', true);
        const refusal = (await answer(c, () => Promise.resolve())) as Response;
        // Close rather than keep the connection: Node would otherwise read (and drop) the rest.
        refusal.headers.set('Connection', 'close');
        lingerWhenClosing(c.env.incoming.socket);
        return refusal;
      },
    }),
  );
  route.use(answer);
  return route;
}
