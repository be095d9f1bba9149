import { useEffect, useRef } from 'react';

export type TErrorItem = { fieldId: string; message: string };

/**
 * The NHS error summary: listed at the top of the form, focused when it appears so screen readers
 * announce it, each error linking to its field. Links move focus without changing the URL.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
  description,
}: {
  errors: TErrorItem[];
  title?: string;
  description?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.fieldId}:${e.message}`).join('|') + (description ?? '');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0 && !description) return null;
  return (
    <div
      className="nhsuk-error-summary"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <div role="alert">
        <h2 className="nhsuk-error-summary__title" id="error-summary-title">
          {title}
        </h2>
        <div className="nhsuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          {errors.length > 0 ? (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {errors.map((error) => (
                <li key={`${error.fieldId}-${error.message}`}>
                  <a
                    href={`#${error.fieldId}`}
                    onClick={(event) => {
                      const field = document.getElementById(error.fieldId);
                      if (!field) return;
                      event.preventDefault();
                      field.scrollIntoView?.({ block: 'center' });
                      field.focus();
                    }}
                  >
                    {error.message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
