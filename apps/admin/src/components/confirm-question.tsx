import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * A question ("Deactivate …?") that replaces the button that asked it. Focus goes with it: to the
 * question when it opens, back to the button on Cancel, so keyboard users never land on the page.
 */
export function useConfirmQuestion() {
  const [confirming, setConfirming] = useState(false);
  const [focusOn, setFocusOn] = useState<'question' | 'button' | null>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOn === 'question') questionRef.current?.focus();
    if (focusOn === 'button') buttonRef.current?.focus();
  }, [focusOn]);
  return {
    confirming,
    questionRef,
    buttonRef,
    open: () => {
      setConfirming(true);
      setFocusOn('question');
    },
    cancel: () => {
      setConfirming(false);
      setFocusOn('button');
    },
    /** Closes without moving focus: an error summary that appears takes it instead. */
    close: () => {
      setConfirming(false);
      setFocusOn(null);
    },
  };
}

/** The NHS warning callout holding the question, its heading focusable for `useConfirmQuestion`. */
export function ConfirmQuestion({
  heading,
  headingRef,
  children,
}: {
  heading: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label" tabIndex={-1} ref={headingRef}>
        <span className="nhsuk-u-visually-hidden">Important: </span>
        {heading}
      </h2>
      {children}
    </div>
  );
}
