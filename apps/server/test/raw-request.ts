import net from 'node:net';

export type RawAnswer = {
  /** The status line's code, or 0 when the server closed without answering. */
  status: number;
  text: string;
  /** Body bytes this client had written when the server closed the connection. */
  sent: number;
};

/**
 * Sends a request's head over a plain socket, then keeps writing body bytes (up to `bodyBytes`,
 * in 64 KB pieces, only while the server reads them) until the server answers and closes. Settles
 * when the server closes the connection. Once the whole body is written the client half-closes,
 * so a server that read it all still answers; with no body the head may be left unfinished.
 */
export function rawRequest(url: string, head: string, bodyBytes = 0): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let text = '';
    let sent = 0;
    let answered = false;
    const piece = Buffer.alloc(64 * 1024, 'x');
    const pump = () => {
      while (!answered && sent < bodyBytes) {
        const size = Math.min(piece.length, bodyBytes - sent);
        sent += size;
        if (!socket.write(piece.subarray(0, size))) {
          socket.once('drain', pump);
          return;
        }
      }
      // All of it sent: say so, so a server that read it all answers and closes rather than waits.
      if (!answered && bodyBytes > 0) socket.end();
    };
    socket.setEncoding('latin1');
    socket.on('connect', () => {
      socket.write(head.replace(/\n/g, '\r\n') + '\r\n');
      pump();
    });
    socket.on('data', (chunk: string) => {
      text += chunk;
      answered = true;
    });
    // Writes after the server closed fail with EPIPE/ECONNRESET: the close still tells the story.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, text, sent });
    });
    socket.on('timeout', () => reject(new Error('no answer')));
  });
}
