import { describe, expect, it } from 'vitest';
import { EMAIL_FRAME_POLICY, emailFrameDocument } from './email-frame.ts';

const meta = `<meta http-equiv="Content-Security-Policy" content="${EMAIL_FRAME_POLICY}">`;

describe('an email made ready for its sandboxed frame', () => {
  it('puts the no-script policy first in the email’s own head', () => {
    expect(
      emailFrameDocument(
        '<!doctype html><html lang="en-GB"><head><title>Due</title></head><body></body></html>',
      ),
    ).toBe(
      `<!doctype html><html lang="en-GB"><head>${meta}<title>Due</title></head><body></body></html>`,
    );
  });

  it('gives a head to an email without one, keeping the doctype first', () => {
    expect(emailFrameDocument('<!DOCTYPE html><html lang="en-GB"><body>Hi</body></html>')).toBe(
      `<!DOCTYPE html><html lang="en-GB"><head>${meta}</head><body>Hi</body></html>`,
    );
  });

  it('starts a bare fragment with the policy', () => {
    expect(emailFrameDocument('<p>Hi</p>')).toBe(`${meta}<p>Hi</p>`);
  });

  it('forbids every script and every remote load', () => {
    expect(EMAIL_FRAME_POLICY).toContain("script-src 'none'");
    expect(EMAIL_FRAME_POLICY).toContain("default-src 'none'");
  });
});
