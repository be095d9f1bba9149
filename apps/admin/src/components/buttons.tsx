import { PendingButton } from '@belonging/ui';
import { Link } from 'react-router';

/**
 * A small button-styled link among a row's controls. The hidden words name the item, so a screen
 * reader hears "Archive action 1.2" rather than a list of bare "Archive" links.
 */
export function SmallLink({
  to,
  text,
  item,
  warning = false,
}: {
  to: string;
  text: string;
  item: string;
  warning?: boolean;
}) {
  const look = warning ? 'nhsuk-button--warning' : 'nhsuk-button--secondary';
  return (
    <Link className={`nhsuk-button ${look} nhsuk-button--small`} to={to}>
      {text}
      <span className="nhsuk-u-visually-hidden"> {item}</span>
    </Link>
  );
}

/** A small secondary button among a row's controls, named for its item like `SmallLink`. */
export function SmallButton({
  text,
  item,
  onClick,
}: {
  text: string;
  item: string;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
      onClick={onClick}
    >
      {text}
      <span className="nhsuk-u-visually-hidden"> {item}</span>
    </button>
  );
}

/**
 * The answer to "Archive …?" or "Lock …?": a warning "Yes, …" button and Cancel. Cancel is a link
 * back when the question has a page of its own, and a button when it sits in the page it closes.
 */
export function ConfirmButtons({
  text,
  pending,
  onConfirm,
  cancel,
}: {
  text: string;
  pending: boolean;
  onConfirm: () => void;
  cancel: string | (() => void);
}) {
  return (
    <div className="bt-actions">
      <PendingButton
        className="nhsuk-button nhsuk-button--warning"
        pending={pending}
        onClick={onConfirm}
      >
        {text}
      </PendingButton>
      {typeof cancel === 'string' ? (
        <Link className="nhsuk-button nhsuk-button--secondary" to={cancel}>
          Cancel
        </Link>
      ) : (
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={cancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
