import { SuccessBanner } from '@belonging/ui';
import { useLocation } from 'react-router';

/** Navigate here with `{ state: { flash: '...' } }` to confirm that something was saved. */
export type TFlashState = { flash?: string } | null;

export function Flash() {
  const location = useLocation();
  const flash = (location.state as TFlashState)?.flash;
  return (
    <SuccessBanner id="flash">
      {flash ? <p className="nhsuk-notification-banner__heading">{flash}</p> : null}
    </SuccessBanner>
  );
}
