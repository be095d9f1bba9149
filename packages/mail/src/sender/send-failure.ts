// What a failed send means for the message. A 5xx reply to the message itself (its recipient or
// its content) is final; a 4xx reply to it is worth another try later; anything else (no answer,
// a refused connection or sign-in, 421, a refused sender) is about the SMTP server, not this
// message, so every waiting message waits for the server to come back.

export type TSendFailure = {
  outcome: 'refused' | 'retry' | 'unreachable';
  /** Short and safe to store, show and log: the reply code and first line, addresses removed. */
  reason: string;
};

type NodemailerError = {
  code?: string;
  originalCode?: string;
  command?: string;
  response?: string;
  responseCode?: number;
};

const ABOUT_THE_MESSAGE = new Set(['RCPT TO', 'DATA']);
const MAX_REASON = 200;

/** Email addresses in a server's words become "<address>": the reason is logged. */
export function withoutAddresses(text: string): string {
  return text.replace(/<?[^\s<>]*@[^\s<>]*>?/g, '<address>');
}

/** "550 5.1.1 No such user" from the server's reply, whatever its line breaks and continuation dashes. */
function firstLine(code: number, response: string): string {
  const line = response.split(/\r?\n/)[0] ?? '';
  return `${code} ${line.replace(/^\d{3}[ -]?/, '')}`.trim();
}

function describeNoReply(error: NodemailerError): string {
  const code = error.originalCode ?? error.code ?? 'error';
  switch (error.code) {
    case 'ETIMEDOUT':
      return `The SMTP server did not answer in time (${code})`;
    case 'EAUTH':
    case 'ENOAUTH':
      return `The SMTP server refused the sign-in (${code})`;
    case 'ETLS':
      return `A secure connection to the SMTP server failed (${code})`;
    case 'EABORT':
      return 'Sending took too long and was stopped (EABORT)';
    case 'EDNS':
      return `The SMTP server's name could not be found (${code})`;
    default:
      return `The SMTP server could not be reached (${code})`;
  }
}

export function classifySendFailure(error: unknown): TSendFailure {
  const e = (error && typeof error === 'object' ? error : {}) as NodemailerError;
  const code = e.responseCode;
  const said = code && e.response ? firstLine(code, e.response) : null;
  const reason = withoutAddresses(said ?? describeNoReply(e)).slice(0, MAX_REASON);
  if (!code || code === 421 || !ABOUT_THE_MESSAGE.has(e.command ?? '')) {
    return { outcome: 'unreachable', reason };
  }
  const permanent = code >= 500 && code < 600 && code !== 503;
  return { outcome: permanent ? 'refused' : 'retry', reason };
}
