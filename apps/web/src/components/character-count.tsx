/** Share of the limit from which the count is announced as it changes (before that it is only shown). */
const ANNOUNCE_FROM = 0.9;

const characters = (n: number) => `${n.toLocaleString('en-GB')} character${n === 1 ? '' : 's'}`;

/** How much more text fits, in words: shown from the first keystroke, not only once it is too long. */
export function characterCountWords(length: number, max: number): string {
  const left = max - length;
  return left < 0
    ? `You have ${characters(-left)} too many`
    : `You have ${characters(left)} remaining`;
}

/** Near or over the limit the count is a polite live region, so a screen reader hears it in time. */
export function isNearLimit(length: number, max: number): boolean {
  return length >= max * ANNOUNCE_FROM;
}

/** The count under a text box's hint; `id` is the text box's, so the count is `${id}-count`. */
export function CharacterCount({ id, value, max }: { id: string; value: string; max: number }) {
  const over = value.length > max;
  return (
    <span
      id={`${id}-count`}
      data-testid={`${id}-count`}
      className={`bt-character-count${over ? ' bt-character-count--over' : ''}`}
      aria-live={isNearLimit(value.length, max) ? 'polite' : undefined}
    >
      {characterCountWords(value.length, max)}
    </span>
  );
}

/** A text box's hint followed by its count, as one hint the box is described by. */
export function hintWithCount(hint: string | undefined, id: string, value: string, max: number) {
  return (
    <>
      {hint ? <span className="bt-hint-line">{hint}</span> : null}
      <CharacterCount id={id} value={value} max={max} />
    </>
  );
}
