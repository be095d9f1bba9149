import type { Socket } from 'node:net';

/** How long a refused request's connection keeps draining before it is closed outright. */
export const LINGER_MS = 2_000;

/**
 * Closes a connection whose request body was refused unread the way a careful server does
 * ("lingering close"): the answer goes out, then the server's side closes (FIN) while what the
 * caller is still sending is read and dropped, for at most `ms`. Closing at once with unread bytes
 * makes the kernel send a reset, which can reach the caller before it reads the answer.
 */
export function lingerWhenClosing(socket: Socket, ms = LINGER_MS): void {
  socket.destroySoon = function lingeringClose(this: Socket) {
    this.end();
    this.resume();
    setTimeout(() => this.destroy(), ms).unref();
  };
}
