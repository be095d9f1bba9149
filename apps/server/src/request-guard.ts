import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * Wraps the request callback so an unexpected throw (or rejection) answers 500 and is logged,
 * instead of ending the process for everyone.
 */
export function guardRequests(
  handler: Handler,
): (req: IncomingMessage, res: ServerResponse) => void {
  const fail = (res: ServerResponse, error: unknown) => {
    console.error('Request failed:', error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(500, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end('Something went wrong on our side. Please try again.');
  };
  return (req, res) => {
    try {
      const pending = handler(req, res);
      if (pending) pending.catch((error: unknown) => fail(res, error));
    } catch (error) {
      fail(res, error);
    }
  };
}
