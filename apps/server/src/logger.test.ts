import { describe, expect, it } from 'vitest';
import { captureLogs } from '../test/log-capture.ts';
import { createLogger } from './logger.ts';

/** Named as Prisma names its errors, whose messages quote the failing call's arguments. */
class PrismaClientValidationError extends Error {}

describe('createLogger', () => {
  it('writes readable lines, not JSON, when asked for the pretty format', () => {
    const written: string[] = [];
    const logger = createLogger({
      format: 'pretty',
      destination: { write: (line: string) => void written.push(line) },
    });
    logger.info('Belonging Tracker is running at http://localhost:3000');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/INFO.*Belonging Tracker is running at http:\/\/localhost:3000/);
    expect(() => JSON.parse(written[0] ?? '') as unknown).toThrow();
  });

  it("keeps a cause's chain but only the last line of a Prisma message, which quotes the call's data", () => {
    const capture = captureLogs();
    const quoted = new PrismaClientValidationError(
      '\nInvalid `prisma.user.create()` invocation:\n{ data: { email: "someone@nhs.example" } }\nArgument `name` is missing.',
    );
    capture.logger.error(
      { err: new Error('Saving failed', { cause: quoted }) },
      'tRPC call failed',
    );
    expect(capture.lines()[0]?.err).toMatchObject({
      message: 'Saving failed',
      cause: { type: 'PrismaClientValidationError', message: 'Argument `name` is missing.' },
    });
    expect(capture.text()).not.toContain('someone@nhs.example');
  });

  it('never writes a field named email, password, token or cookie, whoever passes one', () => {
    const capture = captureLogs();
    capture.logger.info({ email: 'a@nhs.example', user: { password: 'pw', token: 't0k3n' } }, 'x');
    expect(capture.text()).not.toMatch(/a@nhs\.example|"pw"|t0k3n/);
  });

  it('writes nothing below its level', () => {
    const capture = captureLogs('warn');
    capture.logger.info('quiet');
    capture.logger.warn('heard');
    expect(capture.lines().map((l) => l.msg)).toEqual(['heard']);
  });
});
