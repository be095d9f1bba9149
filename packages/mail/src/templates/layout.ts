import { escapeHtml } from '@belonging/domain';

// One content model renders to both the plain-text and the HTML part, so the two always say the
// same. The HTML is simple and accessible: a language, a real heading, real links, no images, and
// every value escaped.

/** A piece of an email: a paragraph, a sub-heading, a list (items may link) or a link on its own. */
export type TBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: { text: string; href?: string }[] }
  | { kind: 'link'; text: string; href: string };

export type TEmailContent = {
  subject: string;
  heading: string;
  blocks: TBlock[];
  /** Why the person gets this email, in one sentence. */
  reason: string;
  /** How to change that: the page of their own settings. */
  settingsUrl: string;
};

export type TRenderedEmail = { subject: string; textBody: string; htmlBody: string };

export const paragraph = (text: string): TBlock => ({ kind: 'paragraph', text });
export const heading = (text: string): TBlock => ({ kind: 'heading', text });
export const link = (text: string, href: string): TBlock => ({ kind: 'link', text, href });
export const list = (items: (string | { text: string; href?: string })[]): TBlock => ({
  kind: 'list',
  items: items.map((item) => (typeof item === 'string' ? { text: item } : item)),
});

function blockText(block: TBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return `${block.text}\n${'-'.repeat(block.text.length)}`;
    case 'list':
      return block.items.map((i) => `- ${i.text}${i.href ? `: ${i.href}` : ''}`).join('\n');
    case 'link':
      return `${block.text}: ${block.href}`;
  }
}

const anchor = (text: string, href: string) =>
  `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

function blockHtml(block: TBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'list': {
      const items = block.items.map(
        (i) => `<li>${i.href ? anchor(i.text, i.href) : escapeHtml(i.text)}</li>`,
      );
      return `<ul>\n${items.join('\n')}\n</ul>`;
    }
    case 'link':
      return `<p><strong>${anchor(block.text, block.href)}</strong></p>`;
  }
}

const FOOTER_CHANGE = 'To change which emails you get, go to';
const SETTINGS_WORDS = 'Your settings';

/** The message's plain text and HTML parts, each ending with why it was sent and how to change it. */
export function renderEmail(content: TEmailContent): TRenderedEmail {
  const textBody = [
    `${content.heading}\n${'='.repeat(content.heading.length)}`,
    ...content.blocks.map(blockText),
    '--',
    content.reason,
    `${FOOTER_CHANGE} ${SETTINGS_WORDS}: ${content.settingsUrl}`,
  ].join('\n\n');
  const htmlBody = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #212b32;">
<h1>${escapeHtml(content.heading)}</h1>
${content.blocks.map(blockHtml).join('\n')}
<hr>
<footer>
<p>${escapeHtml(content.reason)}</p>
<p>${escapeHtml(FOOTER_CHANGE)} ${anchor(SETTINGS_WORDS, content.settingsUrl)}.</p>
</footer>
</body>
</html>
`;
  // A subject is one header line: a line break in a trust's name must not start another header.
  const subject = content.subject.replace(/\s*[\r\n]+\s*/g, ' ');
  return { subject, textBody: `${textBody}\n`, htmlBody };
}
