/**
 * The policy put into every email shown in the admin app: nothing it holds may run or load (no
 * script, no remote image, font or frame), only its own inline styles and data: images.
 */
export const EMAIL_FRAME_POLICY =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

const META = `<meta http-equiv="Content-Security-Policy" content="${EMAIL_FRAME_POLICY}">`;

/**
 * An email's HTML for a sandboxed frame's `srcdoc`, with the policy first in its head (policies
 * add up, so one the email carries can only narrow it). The frame's sandbox allows scripts only so
 * that accessibility checkers can read it; this policy is what keeps any script from running.
 */
export function emailFrameDocument(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.replace(head[0], `${head[0]}${META}`);
  const root = /<html(\s[^>]*)?>/i.exec(html);
  if (root) return html.replace(root[0], `${root[0]}<head>${META}</head>`);
  return `${META}${html}`;
}
