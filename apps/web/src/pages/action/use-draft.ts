import { useEffect, useState } from 'react';
import type { TActionDetail } from '../../lib/api-types.ts';
import { initialFields, type TUpdateFields } from './update-rules.ts';

type TDraft = { fields: TUpdateFields; version: number };

const keyOf = (actionId: string) => `belonging:update-draft:${actionId}`;

function readDraft(actionId: string): TDraft | null {
  try {
    const raw = sessionStorage.getItem(keyOf(actionId));
    return raw ? (JSON.parse(raw) as TDraft) : null;
  } catch {
    return null;
  }
}

/**
 * The update being typed, kept in this tab's session storage: a reload or a wander to another page
 * loses nothing. The version edited is kept with it, so a stale draft still meets the conflict check.
 */
export function useDraft(action: TActionDetail) {
  const [draft, setDraft] = useState<TDraft>(
    () => readDraft(action.id) ?? { fields: initialFields(action), version: action.version },
  );
  useEffect(() => {
    try {
      sessionStorage.setItem(keyOf(action.id), JSON.stringify(draft));
    } catch {
      // Storage can be full or switched off; the form still works without it.
    }
  }, [action.id, draft]);
  return {
    fields: draft.fields,
    setFields: (fields: TUpdateFields) => setDraft((d) => ({ ...d, fields })),
    version: draft.version,
    setVersion: (version: number) => setDraft((d) => ({ ...d, version })),
    clearDraft: () => sessionStorage.removeItem(keyOf(action.id)),
  };
}
