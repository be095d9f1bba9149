import type { ReactNode } from 'react';

export type TTagColour =
  | 'red'
  | 'orange'
  | 'green'
  | 'blue'
  | 'grey'
  | 'white'
  | 'purple'
  | 'pink'
  | 'aqua-green'
  | 'yellow';

/** An NHS tag: a short status in words. */
export function Tag({
  colour,
  children,
  className,
}: {
  colour?: TTagColour;
  children: ReactNode;
  className?: string;
}) {
  const classes = ['nhsuk-tag', colour ? `nhsuk-tag--${colour}` : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <strong className={classes}>{children}</strong>;
}
